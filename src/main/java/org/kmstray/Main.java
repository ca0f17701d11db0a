package org.kmstray;
public final class Main { public static void main(String[] a) { } }
