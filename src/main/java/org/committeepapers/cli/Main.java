package org.committeepapers.cli;
public class Main { public static void main(String[] a) {} }
