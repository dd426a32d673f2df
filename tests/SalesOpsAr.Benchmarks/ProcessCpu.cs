using System.Globalization;

namespace SalesOpsAr.Benchmarks;

/// <summary>A process's CPU time so far, from /proc.</summary>
internal static class ProcessCpu
{
    /// <summary>utime + stime from /proc/&lt;pid&gt;/stat, in seconds (clock ticks of 1/100 s); 0 for no process.</summary>
    public static double Seconds(int pid)
    {
        if (pid == 0)
        {
            return 0;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
