package dev.renewal.examples.cli; public class RenewalCli { public static void main(String[] a){} }
