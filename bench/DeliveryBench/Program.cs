using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;

// Seeds the Delivery API benchmark's site into a data folder through the real services, then exits; bench/delivery.sh
// and bench/hotpath.sh then start the published portal on that folder. 10,000 pages in all (with the sample site's):
// topics under the home page, each with guidance items whose documentDate, publisher, isStatutory and audiences vary.
//   DeliveryBench <data folder> [pages]            seed
//   DeliveryBench publish <data folder> [rounds]   time a publish until every cache shows it (PublishProbe)
var inv = CultureInfo.InvariantCulture;
var root = FindUp("VirtualSchool.Portal.sln") ?? throw new InvalidOperationException("Run from inside the repository.");
if (args is ["publish", var seeded, ..])
{
    await using var probeFactory = new SeedFactory(seeded, root);
    var rounds = args.Length > 2 ? int.Parse(args[2], inv) : 20;
    var times = (await new PublishProbe(probeFactory).RunAsync(rounds)).Order().ToList();
    Console.WriteLine(string.Create(inv, $"PUBLISH_P50_MS {times[times.Count / 2]:F1}"));
    Console.WriteLine(string.Create(inv, $"PUBLISH_MAX_MS {times[^1]:F1}"));
    Console.WriteLine(string.Create(inv, $"PUBLISH_ROUNDS {times.Count}"));
    return;
}

var dataPath = args.Length > 0 ? args[0] : throw new InvalidOperationException("Usage: DeliveryBench <data folder> [pages]");
var total = args.Length > 1 ? int.Parse(args[1], inv) : 10_000;
Directory.CreateDirectory(dataPath);

await using (var factory = new SeedFactory(dataPath, root))
{
    var content = factory.Services.GetRequiredService<ContentService>();
    var cache = factory.Services.GetRequiredService<IPublishedContentCache>();
    var home = cache.GetByRoute("/") ?? throw new InvalidOperationException("The sample site has no home page.");
    var publishers = new[] { "Department for Education", "UK Parliament", "Ofsted", "Cambridgeshire County Council", "Department of Health" };
    var audiences = new[] { "Schools and designated teachers", "School governors", "Foster carers", "Social care staff" };
    var clock = Stopwatch.StartNew();
    var made = cache.GetAll().Count();
    var topicNumber = 0;
    while (made < total)
    {
        var topic = await CreateAsync(new NewContent($"Bench topic {++topicNumber:D3}", "contentPage", home.Key,
            new Dictionary<string, string?> { ["heading"] = $"Topic {topicNumber}" }));
        made++;
        for (var i = 0; i < 99 && made < total; i++, made++)
        {
            var n = made;
            await CreateAsync(new NewContent($"Guidance {n:D5}", "guidanceItem", topic, new Dictionary<string, string?>
            {
                ["heading"] = $"Guidance {n}",
                ["summary"] = "Seeded by the Delivery API benchmark.",
                ["documentDate"] = new DateTime(2015, 1, 1).AddDays(n * 37 % 3650).ToString("yyyy-MM-dd 00:00:00", inv),
                ["publisher"] = publishers[n % publishers.Length],
                ["isStatutory"] = n % 3 == 0 ? "1" : "0",
                ["audiences"] = $"[\"{audiences[n % audiences.Length]}\"]",
            }));
        }

        if (topicNumber % 10 == 0)
        {
            Console.WriteLine($"  {made} published pages ({clock.Elapsed.TotalSeconds:F0} s)");
        }
    }

    Console.WriteLine($"Seeded {cache.GetAll().Count()} published pages in {clock.Elapsed.TotalSeconds:F0} s");

    async Task<Guid> CreateAsync(NewContent node)
    {
        var created = await content.CreateAsync(node, "bench", enforceStructure: false);
        if (!created.Succeeded || !(await content.PublishAsync(created.Node!.Key, "bench", validate: false)).Succeeded)
        {
            throw new InvalidOperationException($"Could not create and publish {node.Name}: {created.Status} {created.Message}");
        }

        return created.Node!.Key;
    }
}

static string? FindUp(string file)
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, file)))
        {
            return directory.FullName;
        }
    }

    return null;
}

/// <summary>The real portal in-process on the benchmark's data folder, as the published portal will run it.</summary>
internal sealed class SeedFactory(string dataPath, string repositoryRoot) : WebApplicationFactory<VirtualSchool.Portal.Web.DeliveryApi.DeliveryOutputCache>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(repositoryRoot);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = dataPath,
            ["Portal:ContentRoot"] = repositoryRoot,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        }));
    }
}
