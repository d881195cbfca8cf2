using System.Net;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using VirtualSchool.Portal.Web.Tests.Training;

namespace VirtualSchool.Portal.Web.Tests.Email;

/// <summary>
/// Every form where an address is typed refuses, with a clear message, an address the mailer could not send
/// to, instead of accepting it and failing in the outbox later.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AddressInputTests : IClassFixture<AddressInputTests.Portal>
{
    private readonly Portal _portal;

    public AddressInputTests(Portal portal)
    {
        _portal = portal;
        _ = portal.Server;
    }

    /// <summary>The training portal, mail written to files.</summary>
    public sealed class Portal : IAsyncLifetime
    {
        public TrainingPortal Training { get; } = new(null);

        public object Server => Training.Server;

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Training.DisposeAsync();
    }

    public static TheoryData<string, string> Undeliverable => new()
    {
        { "name@[127.0.0.1]", "after the @ must be a domain name" },
        { "\"quoted\"@example.org", "before the @ can only contain" },
        { "name@localhost", "after the @ must be a domain name" },
        { "first..last@example.org", "before the @ can only contain" },
        { "name@exa_mple.org", "after the @ must be a domain name" },
    };

    [Theory]
    [MemberData(nameof(Undeliverable))]
    public async Task A_booking_for_an_address_that_cannot_be_sent_to_is_refused_with_what_to_change(string address, string message)
    {
        var session = await _portal.Training.CreateSessionAsync();
        var response = await TrainingPortal.BookAsync(_portal.Training.CreateBrowserlikeClient(), session, TrainingPortal.Booker(address));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await _portal.Training.BookingsAsync(session));
    }

    [Theory]
    [MemberData(nameof(Undeliverable))]
    public async Task Back_office_and_member_invitations_refuse_an_address_that_cannot_be_sent_to(string address, string message)
    {
        var admin = await _portal.Training.SignInAdministratorAsync();
        foreach (var (path, fields) in new[]
        {
            ("/umbraco/users/invite", new Dictionary<string, string> { ["name"] = "Nia Writer", ["email"] = address, ["roles"] = "Writer" }),
            ("/umbraco/members/invite", new Dictionary<string, string> { ["name"] = "New Governor", ["email"] = address, ["groups"] = "Governors" }),
        })
        {
            var response = await BackOfficeBrowser.PostFormAsync(admin, path, path, fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.Contains(message, page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_booking_for_an_address_with_accents_and_an_international_domain_is_taken()
    {
        var session = await _portal.Training.CreateSessionAsync();
        var response = await TrainingPortal.BookAsync(_portal.Training.CreateBrowserlikeClient(), session, TrainingPortal.Booker("zoë.brontë@exämple.org"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Single(await _portal.Training.BookingsAsync(session));
    }
}
