using System.Diagnostics;
using System.Net;

namespace VirtualSchool.Portal.Web.Tests.Infrastructure;

/// <summary>The built portal run as its own process (<c>dotnet VirtualSchool.Portal.Web.dll</c>), as an operator starts it.</summary>
public static class PortalProcess
{
    /// <summary>True once the process answers <c>/health/ready</c> with 200; false when it exits or the time is up first.</summary>
    public static async Task<bool> ReadyAsync(HttpClient client, Process process, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        return false;
    }
}
