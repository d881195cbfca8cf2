using System.Diagnostics;
using System.Globalization;
using System.Net;
using FormsBench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

// The forms module's figures (issue 13), in-process against the real portal on the site's seeds:
//  1. BENCH_SUBMISSIONS people send the contact form at once: every entry stored, each workflow run exactly once;
//  2. BENCH_ENTRIES entries seeded straight into the database, then the entries screen timed with its filters
//     (p95 target < 200 ms);
//  3. the CSV and .xlsx exports of all of them, with the process's resident memory sampled throughout (flat: the
//     rise over the baseline stays under BENCH_EXPORT_MAX_MIB).
// The page-with-a-form against nginx is bench/run.sh, which bench/forms.sh runs first.
const double TargetMs = 200;
const string AdminEmail = "bench-admin@virtualschool.test";
const string AdminPassword = "a benchmark administrator password";
var contactForm = Guid.Parse("023d4973-62c2-4a0c-a2b6-639facb68d56");
var inv = CultureInfo.InvariantCulture;
var submissions = Bench.EnvInt("BENCH_SUBMISSIONS", 100);
var entryCount = Bench.EnvInt("BENCH_ENTRIES", 100_000);
var timed = Bench.EnvInt("BENCH_TIMED", 30);
var exportMaxMib = Bench.EnvInt("BENCH_EXPORT_MAX_MIB", 64);

var root = Bench.FindUp("VirtualSchool.Portal.sln") ?? throw new InvalidOperationException("Run from inside the repository.");
var dataPath = Path.Combine(Path.GetTempPath(), "vsp-forms-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dataPath);
Console.WriteLine($"Forms benchmark, {Environment.ProcessorCount} cores; data folder: {dataPath}");
await using var factory = new BenchFactory(dataPath, root, AdminEmail, AdminPassword);
var services = factory.Services; // starts the portal: migrations, the uSync seeds with the forms, the jobs
var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
var form = await services.GetRequiredService<FormStore>().GetAsync(contactForm)
    ?? throw new InvalidOperationException("The seeded contact form is missing: is uSync/v17/Forms imported?");
var failures = new List<string>();

// ---- 1. Submissions at once ----------------------------------------------------------------------------
var submitted = await Submissions.RunAsync(factory, contexts, form, submissions, TimeSpan.FromSeconds(Bench.EnvInt("BENCH_WORKFLOW_WAIT_SECONDS", 120)));
Console.WriteLine();
Console.WriteLine(submitted.Describe());
if (!submitted.Passed)
{
    failures.Add("submissions");
}

// ---- 2. The entries screen at BENCH_ENTRIES entries ---------------------------------------------------
var seedClock = Stopwatch.StartNew();
await EntrySeeder.SeedAsync(contexts, form, entryCount);
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"Seeded {entryCount:N0} entries into FormEntries in {seedClock.Elapsed.TotalSeconds:F1} s"));
var client = await BackOfficeSignIn.AsAdministratorAsync(factory, AdminPassword);
var list = $"/umbraco/forms/{contactForm}/entries";
var from = DateTime.UtcNow.AddDays(-90).ToString("dd/MM/yyyy", inv);
var to = DateTime.UtcNow.ToString("dd/MM/yyyy", inv);
var screens = new (string Name, string Path)[]
{
    ("entries, first page", list),
    ("entries, page 1,000", $"{list}?page=1000"),
    ("entries, last 90 days", $"{list}?from={from}&to={to}"),
    ("entries, approved", $"{list}?state=approved"),
    ("entries, text search", $"{list}?q=bench-4242"),
    ("entries, all filters", $"{list}?from={from}&to={to}&state=submitted&q=designated"),
};
Console.WriteLine();
Console.WriteLine($"Entries screen, in-process, 5 warm-up then {timed} timed requests each; target p95 < {TargetMs} ms");
Console.WriteLine($"{"screen",-28} {"status",6} {"KB",6} {"p50",8} {"p95",8} {"max",8}  result");
foreach (var (name, path) in screens)
{
    var (status, bytes, times) = await Bench.TimeAsync(client, path, 5, timed);
    var p95 = Bench.Percentile(times, 0.95);
    var ok = status == 200 && p95 < TargetMs;
    failures.AddRange(ok ? [] : [name]);
    Console.WriteLine(string.Create(inv, $"{name,-28} {status,6} {bytes / 1024.0,6:F0} {Bench.Percentile(times, 0.5),8:F1} {p95,8:F1} {times[^1],8:F1}  {(ok ? "PASS" : "FAIL")}"));
}

// ---- 3. Exports with flat memory ----------------------------------------------------------------------
Console.WriteLine();
Console.WriteLine($"Exports of {entryCount:N0} entries, streamed; resident memory sampled every 20 ms; target: rise < {exportMaxMib} MiB");
foreach (var format in new[] { "csv", "xlsx" })
{
    var export = await ExportProbe.RunAsync(client, $"{list}/export.{format}");
    var ok = export.Status == 200 && export.RiseMib < exportMaxMib;
    failures.AddRange(ok ? [] : [$"export.{format}"]);
    Console.WriteLine(string.Create(inv,
        $"export.{format,-5} status {export.Status}, {export.Bytes / 1048576.0:F1} MiB{(format == "csv" ? $" ({export.Lines:N0} lines)" : "")} in {export.Seconds:F1} s; " +
        $"RSS before {export.BeforeMib:F0} MiB, peak {export.PeakMib:F0} MiB, after {export.AfterMib:F0} MiB, rise {export.RiseMib:F0} MiB  {(ok ? "PASS" : "FAIL")}"));
}

Console.WriteLine();
Console.WriteLine(failures.Count == 0 ? "All forms targets met." : $"Missed: {string.Join(", ", failures)}");
try
{
    await factory.DisposeAsync();
    Directory.Delete(dataPath, recursive: true);
}
catch (IOException)
{
    // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
}

return failures.Count > 0 && Environment.GetEnvironmentVariable("BENCH_STRICT") == "1" ? 3 : 0;
