using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;

/// <summary>
/// How long one publish takes to reach every cache a reader is answered from, on a seeded site: the portal runs
/// in-process on the data folder, the caches are warmed, then a guidance item's heading is changed and published,
/// and the clock runs from the publish until its page (the page cache), its Delivery API item by path and by id,
/// and a Delivery API query listing it (both from the output cache) all show the new heading.
/// </summary>
internal sealed class PublishProbe(SeedFactory factory)
{
    private const string Api = "/umbraco/delivery/api/v2";

    public async Task<IReadOnlyList<double>> RunAsync(int rounds)
    {
        var cache = factory.Services.GetRequiredService<IPublishedContentCache>();
        var content = factory.Services.GetRequiredService<ContentService>();
        var items = cache.GetAll().Where(c => c.ContentTypeAlias == "guidanceItem").ToList();
        var item = items[items.Count / 2];
        var parent = item.ParentKey ?? throw new InvalidOperationException("The guidance item has no parent.");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        string[] urls =
        [
            item.Route ?? throw new InvalidOperationException("The guidance item has no route."),
            $"{Api}/content/item{item.Route}",
            $"{Api}/content/item/{item.Key}",
            $"{Api}/content?fetch=children:{parent}&take=100",
        ];
        Console.WriteLine($"Publishing {item.Route} ({cache.GetAll().Count()} published pages); watching:");
        foreach (var url in urls)
        {
            Console.WriteLine($"  {url}");
        }

        var times = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            // Every URL is answered (and cached) once before the publish, as readers would have.
            foreach (var url in urls)
            {
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
            }

            var heading = $"Guidance published by the benchmark, round {round.ToString(CultureInfo.InvariantCulture)}";
            var current = cache.GetById(item.Id) ?? throw new InvalidOperationException("The item went away.");
            var values = new Dictionary<string, string?>(current.Properties) { ["heading"] = heading };
            var saved = await content.SaveAsync(item.Key, current.Name, values, "bench");
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException($"Save failed: {saved.Status}");
            }

            var clock = Stopwatch.StartNew();
            // Not validated: the seeded items were published as imports are, without the editor's required fields.
            var published = await content.PublishAsync(item.Key, "bench", validate: false);
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"Publish failed: {published.Status} {published.Message}");
            }

            var publishedAt = clock.Elapsed.TotalMilliseconds;
            foreach (var url in urls)
            {
                try
                {
                    await WaitForAsync(client, url, heading, clock);
                }
                catch (TimeoutException e)
                {
                    // Says whether the published cache itself went back (a revert) or only an answer is stale.
                    var held = cache.GetById(item.Id)?.Properties.GetValueOrDefault("heading");
                    throw new TimeoutException($"{e.Message} The published cache holds the heading \"{held}\" (version {cache.Version}).", e);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round}: published in {publishedAt:F1} ms, every cache showed it at {clock.Elapsed.TotalMilliseconds:F1} ms"));

            // Round 0 warms the code paths; it is not counted.
            if (round > 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    private static async Task WaitForAsync(HttpClient client, string url, string heading, Stopwatch clock)
    {
        while (true)
        {
            var body = await client.GetStringAsync(url);
            if (body.Contains(heading, StringComparison.Ordinal))
            {
                return;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"{url} did not show the published heading within 30 s.");
            }

            await Task.Delay(1);
        }
    }
}
