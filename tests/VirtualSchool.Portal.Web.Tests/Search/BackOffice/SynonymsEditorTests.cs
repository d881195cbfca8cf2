using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Search.BackOffice;

/// <summary>
/// The synonyms editor (administrators and editors) over the synonym store: the seeded vocabulary listed; groups added,
/// changed and deleted, each audited and used by the very next search; bad groups refused with what was typed kept.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SynonymsEditorTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string List = "/umbraco/search/synonyms";

    private async Task<IReadOnlyList<SynonymGroup>> GroupsAsync() =>
        await factory.Services.GetRequiredService<ISearchSynonyms>().GroupsAsync(CancellationToken.None);

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string form, string action, string terms) =>
        BackOfficeBrowser.PostFormAsync(client, form, action, new Dictionary<string, string> { ["terms"] = terms });

    [Fact]
    public async Task The_seeded_vocabulary_is_listed()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var text = (await PortalFactory.ParseAsync(await editor.GetAsync(List))).QuerySelector("#synonyms")!.TextContent;

        Assert.Contains("PEP", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pupil premium plus", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_editor_adds_a_group_which_the_next_search_uses_and_the_audit_log_records()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var saved = await SaveAsync(editor, List + "/new", "/umbraco/search/synonyms/0", $"  KS{id}  \r\nkey   stage {id}\r\n\r\n");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var group = Assert.Single(await GroupsAsync(), g => g.Terms.Contains($"KS{id}"));
        Assert.Equal([$"KS{id}", $"key stage {id}"], group.Terms);
        Assert.StartsWith("editor-", group.UpdatedBy, StringComparison.Ordinal);
        var listed = await PortalFactory.ParseAsync(await editor.GetAsync(List));
        Assert.Contains($"KS{id} / key stage {id}", listed.QuerySelector($"tr[data-synonyms='{group.Id}']")!.TextContent, StringComparison.Ordinal);
        var audited = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.SearchSynonymsCreate));
        Assert.Contains(audited.Entries, e => e.Detail == $"KS{id} / key stage {id}");
    }

    [Fact]
    public async Task A_group_is_changed_and_deleted_after_confirming_and_both_are_audited()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var admin = await factory.SignInAdministratorAsync();
        await SaveAsync(admin, List + "/new", "/umbraco/search/synonyms/0", $"SW{id}\nsocial worker {id}");
        var group = Assert.Single(await GroupsAsync(), g => g.Terms.Contains($"SW{id}"));

        var edit = await PortalFactory.ParseAsync(await admin.GetAsync($"{List}/{group.Id}"));
        Assert.Equal($"SW{id}\nsocial worker {id}", edit.QuerySelector("textarea#terms")!.TextContent.TrimStart('\n'));
        var changed = await SaveAsync(admin, $"{List}/{group.Id}", $"/umbraco/search/synonyms/{group.Id}", $"SW{id}\nsocial worker {id}\nsocial care {id}");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(3, Assert.Single(await GroupsAsync(), g => g.Id == group.Id).Terms.Count);

        var confirm = await PortalFactory.ParseAsync(await admin.GetAsync($"{List}/{group.Id}/delete"));
        Assert.Contains($"SW{id}", confirm.QuerySelector("#terms")!.TextContent, StringComparison.Ordinal);
        var deleted = await BackOfficeBrowser.PostFormAsync(admin, $"{List}/{group.Id}/delete", $"/umbraco/search/synonyms/{group.Id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(await GroupsAsync(), g => g.Id == group.Id);

        var log = factory.Services.GetRequiredService<AuditLog>();
        Assert.Contains((await log.QueryAsync(new AuditQuery(Action: AuditActions.SearchSynonymsEdit))).Entries, e => e.ItemKey == group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains((await log.QueryAsync(new AuditQuery(Action: AuditActions.SearchSynonymsDelete))).Entries, e => e.ItemKey == group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{List}/{group.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("only-one-term", "at least 2 terms")]
    [InlineData("\n \n", "at least 2 terms")]
    [InlineData("same\nother\nSAME", "more than once")]
    [InlineData("short\n{long}", "100 characters or fewer")]
    [InlineData("{many}", "20 terms or fewer")]
    public async Task A_bad_group_is_refused_with_a_400_an_error_summary_and_what_was_typed(string typed, string message)
    {
        var terms = typed.Replace("{long}", new string('x', 101), StringComparison.Ordinal)
            .Replace("{many}", string.Join('\n', Enumerable.Range(1, 21).Select(i => $"term {i}")), StringComparison.Ordinal);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var before = (await GroupsAsync()).Count;

        var response = await SaveAsync(editor, List + "/new", "/umbraco/search/synonyms/0", terms);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".govuk-error-summary a[href='#terms']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#terms-error"));
        Assert.Equal(terms.Trim(), page.QuerySelector("textarea#terms")!.TextContent.Trim());
        Assert.Equal(before, (await GroupsAsync()).Count);
    }

    [Fact]
    public async Task Saving_or_deleting_without_the_antiforgery_token_is_refused()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var before = (await GroupsAsync()).Count;
        var first = (await GroupsAsync())[0];

        var save = await editor.PostAsync(List + "/0", new FormUrlEncodedContent(new Dictionary<string, string> { ["terms"] = "a\nb" }));
        var delete = await editor.PostAsync($"{List}/{first.Id}/delete", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Equal(before, (await GroupsAsync()).Count);
    }

    [Fact]
    public async Task Changing_a_group_that_is_gone_is_not_found()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var page = await PortalFactory.ParseAsync(await editor.GetAsync(List + "/new"));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var gone = await editor.PostAsync(List + "/999999", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["terms"] = "c\nd" }));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(List + "/999999/delete")).StatusCode);
    }

    [Fact]
    public async Task Synonyms_are_refused_to_writers_training_coordinators_and_the_board_clerk()
    {
        foreach (var role in new[] { BackOfficeRoles.Writer, BackOfficeRoles.TrainingCoordinator, BackOfficeRoles.BoardClerk })
        {
            var client = await factory.SignInAsync(role);
            foreach (var path in new[] { List, List + "/new" })
            {
                var refused = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
            }

            Assert.DoesNotContain(List, await client.GetStringAsync("/umbraco"), StringComparison.Ordinal);
        }
    }
}
