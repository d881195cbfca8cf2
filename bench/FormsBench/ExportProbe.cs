using System.Diagnostics;

namespace FormsBench;

/// <summary>
/// One export, read as it streams (nothing kept), with this process's resident memory sampled every 20 ms from just
/// before the request to just after the last byte: an export that holds its rows would show as a rise.
/// </summary>
public sealed record ExportProbe(int Status, long Bytes, long Lines, double Seconds, double BeforeMib, double PeakMib, double AfterMib)
{
    public double RiseMib => PeakMib - BeforeMib;

    public static async Task<ExportProbe> RunAsync(HttpClient client, string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Bench.ResidentMib();
        var peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Bench.ResidentMib());
                try
                {
                    await Task.Delay(20, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        var clock = Stopwatch.StartNew();
        long bytes = 0, lines = 0;
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        await using (var body = await response.Content.ReadAsStreamAsync())
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                bytes += read;
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
        }

        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        return new ExportProbe((int)response.StatusCode, bytes, lines, clock.Elapsed.TotalSeconds, before, Math.Max(peak, Bench.ResidentMib()), Bench.ResidentMib());
    }
}
