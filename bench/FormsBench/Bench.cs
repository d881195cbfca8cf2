using System.Diagnostics;
using System.Globalization;

namespace FormsBench;

/// <summary>Small helpers shared by the benchmark's parts.</summary>
public static class Bench
{
    public static int EnvInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    public static string? FindUp(string file)
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, file)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Server time of one page, in-process: the status and size of the last answer and the sorted timed figures.</summary>
    public static async Task<(int Status, long Bytes, List<double> Times)> TimeAsync(HttpClient client, string path, int warmup, int timed)
    {
        var times = new List<double>();
        var status = 0;
        long bytes = 0;
        for (var i = 0; i < warmup + timed; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            (status, bytes) = ((int)response.StatusCode, body.Length);
            if (i >= warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (status, bytes, times);
    }

    /// <summary>This process's resident memory now (VmRSS), in MiB; NaN where /proc is not there.</summary>
    public static double ResidentMib()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (IOException)
        {
            // Not Linux: fall through.
        }

        return Process.GetCurrentProcess().WorkingSet64 / 1048576.0;
    }
}
