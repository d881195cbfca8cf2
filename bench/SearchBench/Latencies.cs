using System.Globalization;

namespace SearchBench;

/// <summary>Milliseconds measured, and their percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];

    public void Add(TimeSpan elapsed) => _ms.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _ms.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n {_ms.Count}  p50 {Percentile(50):0.000} ms  p95 {Percentile(95):0.000} ms  p99 {Percentile(99):0.000} ms  max {Percentile(100):0.000} ms");
}
