using System.IO.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.Members;

public sealed record BoardYear(string AcademicYear, IReadOnlyList<BoardMeeting> Meetings);

/// <summary>The Management Board's meetings: by academic year, each with its papers and a .zip of them all.</summary>
[Authorize(Policy = MemberAuthentication.Policy)]
public sealed class MembersBoardController(BoardMeetings meetings, IPublicAccess access, MediaRepository media, MediaFileStore files, AuditLog audit) : MembersAreaController
{
    [HttpGet("members/board")]
    public async Task<IActionResult> Index()
    {
        var groups = await MemberPrincipals.GroupsAsync(HttpContext);
        var all = meetings.All();
        var visible = all.Where(m => access.CanView(m.Content, groups)).ToList();
        if (all.Count > 0 && visible.Count == 0)
        {
            return Forbidden();
        }

        return View(visible.GroupBy(m => m.AcademicYear).Select(g => new BoardYear(g.Key, g.ToList())).ToList());
    }

    [HttpGet("members/board/{meeting}")]
    public async Task<IActionResult> Meeting(string meeting)
    {
        var groups = await MemberPrincipals.GroupsAsync(HttpContext);
        var found = meetings.Find(meeting);
        if (found is null)
        {
            return NotFound();
        }

        if (!access.CanView(found.Content, groups))
        {
            return Forbidden();
        }

        var papers = found.PapersAvailable ? await meetings.PapersAsync(found, groups, HttpContext.RequestAborted) : [];
        return View(new BoardMeetingModel(found, papers));
    }

    [HttpGet("members/board/{meeting}/papers.zip")]
    public async Task<IActionResult> Papers(string meeting)
    {
        var groups = await MemberPrincipals.GroupsAsync(HttpContext);
        var found = meetings.Find(meeting);
        if (found is null || !found.PapersAvailable)
        {
            return NotFound();
        }

        if (!access.CanView(found.Content, groups))
        {
            return Forbidden();
        }

        var papers = await meetings.PapersAsync(found, groups, HttpContext.RequestAborted);
        if (papers.Count == 0)
        {
            return NotFound();
        }

        var items = await media.GetManyAsync(papers.Select(p => p.Key).ToList(), HttpContext.RequestAborted);
        // Written to a temporary file that deletes itself, so a large set of papers is never held in memory.
        var zip = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var paper in papers)
            {
                var item = items.FirstOrDefault(i => i.Key == paper.Key);
                if (item?.StoragePath is null || files.FullPath(item.StoragePath) is not { } full || !System.IO.File.Exists(full))
                {
                    continue;
                }

                var name = Path.GetFileName(full);
                for (var n = 2; !names.Add(name); n++)
                {
                    name = $"{Path.GetFileNameWithoutExtension(full)}-{n}{Path.GetExtension(full)}";
                }

                archive.CreateEntryFromFile(full, name, CompressionLevel.Optimal);
            }
        }

        zip.Position = 0;
        var member = await MemberPrincipals.MemberAsync(HttpContext);
        await audit.RecordAsync(AuditActions.ProtectedDownload, MemberId(member), MemberEmail(member), "meeting-papers", found.Content.Key.ToString(), found.Title + " (all papers, .zip)",
            string.Join(", ", names), ClientAddress);
        Response.Headers.CacheControl = "private, no-store";
        return File(zip, "application/zip", found.Content.UrlSegment + "-papers.zip");
    }

    private ViewResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Views/MemberSignIn/Forbidden.cshtml");
    }

    internal static string? MemberId(System.Security.Claims.ClaimsPrincipal? member) =>
        member?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    internal static string? MemberEmail(System.Security.Claims.ClaimsPrincipal? member) =>
        member?.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? member?.Identity?.Name;
}
