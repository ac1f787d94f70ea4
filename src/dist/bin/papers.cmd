@echo off
rem Committee Papers: runs the tool's jar with the Java in JAVA_HOME or on the PATH; needs Java 17 or newer.
rem JAVA_OPTS passes JVM options, e.g. set JAVA_OPTS=-Xmx1g
setlocal
set "PAPERS_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo papers: Java is needed: install a JDK 17 or newer, or set JAVA_HOME 1>&2
  exit /b 3
)
rem Short commands run on the quick compiler and the serial collector (see README, "Benchmarks"); serve and
rem benchmark, which run long, or a JAVA_OPTS of your own, keep the JVM's defaults.
set "QUICK=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="serve" set "QUICK="
if /i "%~1"=="benchmark" set "QUICK="
if defined JAVA_OPTS set "QUICK="
"%JAVA_EXE%" "-Dpapers.launcher=%~f0" %QUICK% %JAVA_OPTS% -jar "%PAPERS_HOME%\lib\committee-papers.jar" %*
exit /b %ERRORLEVEL%
