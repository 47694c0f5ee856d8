#!/usr/bin/env python3
"""Writes a large synthetic C# project for measuring the analyzers' share of build time (docs/analyzers.md, Cost).

The shape of the earlier measurement: 400 files of 40 methods (16,000 methods), about 10,400 Math calls, 800 of them
Math.Log (2 per file) in the guarded, summed, clamped and sampled styles the analyzer reasons about; the other methods
are ordinary code (strings, integers, loops, branches) with an occasional Math call. The analyzer is referenced from
the path given, so a build measures exactly that binary.
Usage: generate.py OUTDIR ANALYZER_DLL. Everything is written here; nothing is copied from other code.
"""
import os
import sys

FILES, METHODS = 400, 40

LOGS = [
    "public static double M{i}(double p) {{ if (p <= 0) return 0; return Math.Log(p) + Math.Sqrt(p); }}",
    "public static double M{i}(double[] x) {{ double m = x[0]; for (int k = 1; k < x.Length; k++) m = Math.Max(m, x[k]); double s = 0; foreach (var v in x) s += Math.Exp(v - m); return m + Math.Log(s); }}",
    "public static double M{i}(double p) => -Math.Log(Math.Clamp(p, 1e-15, 1 - 1e-15));",
    "public static double M{i}(int[] counts) {{ int n = counts.Length; double h = 0; foreach (int c in counts) {{ if (c == 0) continue; double q = (double)c / n; h -= q * Math.Log(q); }} return h; }}",
    "public static double M{i}(Random r) {{ double u, v, s; do {{ u = 2 * r.NextDouble() - 1; v = 2 * r.NextDouble() - 1; s = u * u + v * v; }} while (s >= 1 || s == 0); return u * Math.Sqrt(-2 * Math.Log(s) / s); }}",
]

MATH = "public static double M{i}(double a, double b) {{ double r = Math.Abs(a) + Math.Abs(b); for (int k = 0; k < 3; k++) {{ if (r > 10) r = Math.Sqrt(r); else r = r * 2 + Math.Min(a, b); }} return r; }}"

PLAIN = [
    "public static int M{i}(int a, int b) {{ int t = 0; for (int k = a; k < b; k++) {{ t += k % 3 == 0 ? k : -k; }} return t > 0 ? t : -t; }}",
    "public static string M{i}(string s, int n) {{ var b = new System.Text.StringBuilder(); for (int k = 0; k < n; k++) {{ if (k % 2 == 0) b.Append(s); else b.Append(k); }} return b.ToString(); }}",
    "public static bool M{i}(int[] xs, int v) {{ foreach (int x in xs) {{ if (x == v) return true; if (x > v * 2) break; }} return false; }}",
    "public static long M{i}(long n) {{ long f = 1; while (n > 1) {{ f *= n; n--; }} return f; }}",
]


def main() -> None:
    out, analyzer = sys.argv[1], os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "Synthetic.csproj"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup Condition="'$(WithAnalyzer)' != 'false'">
    <Analyzer Include="{analyzer}" />
  </ItemGroup>
</Project>
""")
    for file in range(FILES):
        lines = ["using System;", f"namespace Synthetic{file % 20};", f"public static class C{file}", "{"]
        for method in range(METHODS):
            if method < 2:
                style = LOGS[(file * 2 + method) % len(LOGS)]
            elif method % 5 == 0:
                style = MATH
            else:
                style = PLAIN[(method + file) % len(PLAIN)]
            lines.append("    " + style.format(i=method))
        lines.append("}")
        with open(os.path.join(out, f"C{file}.cs"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
