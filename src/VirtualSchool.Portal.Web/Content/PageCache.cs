using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// The rendered HTML of anonymous content pages, kept until the published content changes (any publish or
/// unpublish moves the cache's version on, since navigation is on every page). What differs per request,
/// the antiforgery token and the CSP nonce, is rendered as a placeholder and filled in on every response,
/// so a cached page is as safe to post from as a fresh one.
/// </summary>
public sealed class PageCache(
    IPublishedContentCache content,
    FormTokens forms,
    PublicAccessRules rules,
    Infrastructure.Media.MediaChanges media,
    Infrastructure.Forms.FormChanges formChanges,
    TimeProvider clock)
{
    private const string RenderingKey = "page-cache-rendering";
    private const string TokenMark = "\u0001vsp:antiforgery\u0001";
    private const string NonceMark = "\u0001vsp:nonce\u0001";
    private const string StampMark = "\u0001vsp:stamp\u0001";
    private const int MaxPages = 20_000;
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);

    // A page is kept for one published-content version, one version of the public access rules (a page that
    // becomes protected is never answered from the cache again) and one version of the media library (a page links
    // documents with their size and format, and a binned or restricted document must lose its link), and one version
    // of the forms (a page shows the first step of a form picked into it).
    private sealed record CachedPage(long Version, long RulesVersion, long MediaVersion, long FormsVersion, byte[][] Parts, char[] Slots)
    {
        /// <summary>The bytes of the page's fixed parts, without what is filled in per response.</summary>
        public int Length { get; } = Parts.Sum(p => p.Length);
    }

    /// <summary>The antiforgery token for a form on this page: the real one, or a placeholder while caching.</summary>
    public string AntiforgeryToken(HttpContext context) =>
        context.Items.ContainsKey(RenderingKey) ? TokenMark : forms.GetToken(context);

    /// <summary>
    /// The signed time a form on this page was shown (the forms' submission-time check): the real one, or a placeholder
    /// while caching, filled in with the time of each response.
    /// </summary>
    public string FormStamp(HttpContext context) =>
        context.Items.ContainsKey(RenderingKey) ? StampMark : forms.CreateStamp(clock.GetUtcNow().UtcDateTime);

    /// <summary>The CSP nonce for the page's inline script: the real one, or a placeholder while caching.</summary>
    public static string Nonce(HttpContext context) =>
        context.Items.ContainsKey(RenderingKey) ? NonceMark : SecurityHeadersMiddleware.Nonce(context);

    /// <summary>
    /// Only plain anonymous reads are cached: no query string (filters, feedback steps) and no sign-in. A browser
    /// with a member's cookie is never answered from the cache (its forms must carry the member's tokens, and the
    /// page is rendered for them once <see cref="Members.MemberRequestPrincipal"/> has made them the user).
    /// </summary>
    public static bool IsCacheable(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? !context.Request.QueryString.HasValue && context.User.Identity?.IsAuthenticated != true
                && !context.Request.Cookies.ContainsKey(Members.MemberAuthentication.CookieName)
            : false;

    /// <summary>
    /// Answers a request from the cache before routing and MVC, when its path is exactly a cached page's route
    /// (other spellings go through the controller for their 301).
    /// </summary>
    public Task<bool> TryServeAsync(HttpContext context)
    {
        // Content routes never live under /umbraco (the back office and the Delivery API answer there).
        if (!IsCacheable(context) || context.Request.Path.Value is not { } path || context.Request.Path.StartsWithSegments("/umbraco")
            || !_pages.TryGetValue(path, out var page) || page.Version != content.Version || page.RulesVersion != rules.Version
            || page.MediaVersion != media.Version || page.FormsVersion != formChanges.Version)
        {
            return Task.FromResult(false);
        }

        return WriteAsync(page, context);

        async Task<bool> WriteAsync(CachedPage cached, HttpContext http)
        {
            await new CachedPageResult(cached, this).WriteAsync(http);
            return true;
        }
    }

    /// <summary>Renders the view once with placeholders, keeps it, and answers this request from it.</summary>
    public async Task<IActionResult> RenderAndStoreAsync(Controller controller, string route, string viewPath, object model)
    {
        if (model is PageModel { Content: var page } && rules.IsProtected(page))
        {
            // Protected pages are never cached: they are rendered for the member who asked, and only them.
            return controller.View(viewPath, model);
        }

        var version = content.Version;
        var rulesVersion = rules.Version;
        var mediaVersion = media.Version;
        var formsVersion = formChanges.Version;
        var context = controller.HttpContext;
        var services = context.RequestServices;
        var engine = services.GetRequiredService<ICompositeViewEngine>();
        var view = engine.GetView(executingFilePath: null, viewPath, isMainPage: true).View
            ?? throw new InvalidOperationException($"The view {viewPath} was not found.");

        string html;
        context.Items[RenderingKey] = true;
        try
        {
            await using var writer = new StringWriter();
            var viewData = new ViewDataDictionary(controller.ViewData) { Model = model };
            var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context);
            var viewContext = new ViewContext(controller.ControllerContext, view, viewData, tempData, writer, new HtmlHelperOptions());
            await view.RenderAsync(viewContext);
            html = writer.ToString();
        }
        finally
        {
            context.Items.Remove(RenderingKey);
        }

        var cached = Split(new CachedPage(version, rulesVersion, mediaVersion, formsVersion, [], []), html);
        if (_pages.Count >= MaxPages)
        {
            _pages.Clear();
        }

        _pages[route] = cached;
        return new CachedPageResult(cached, this);
    }

    private static readonly (string Mark, char Slot)[] Marks = [(TokenMark, 't'), (NonceMark, 'n'), (StampMark, 's')];

    private static CachedPage Split(CachedPage versions, string html)
    {
        var parts = new List<byte[]>();
        var slots = new List<char>();
        var position = 0;
        while (true)
        {
            var next = -1;
            var found = Marks[0];
            foreach (var mark in Marks)
            {
                var at = html.IndexOf(mark.Mark, position, StringComparison.Ordinal);
                if (at >= 0 && (next < 0 || at < next))
                {
                    next = at;
                    found = mark;
                }
            }

            if (next < 0)
            {
                parts.Add(Encoding.UTF8.GetBytes(html[position..]));
                // A new record, not `with`: the length is worked out from the parts when it is made.
                return new CachedPage(versions.Version, versions.RulesVersion, versions.MediaVersion, versions.FormsVersion, [.. parts], [.. slots]);
            }

            parts.Add(Encoding.UTF8.GetBytes(html[position..next]));
            slots.Add(found.Slot);
            position = next + found.Mark.Length;
        }
    }

    private sealed class CachedPageResult(CachedPage page, PageCache cache) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext);

        public async Task WriteAsync(HttpContext http)
        {
            var fills = new string[page.Slots.Length];
            var length = page.Length;
            for (var i = 0; i < fills.Length; i++)
            {
                fills[i] = page.Slots[i] switch
                {
                    't' => cache.AntiforgeryToken(http),
                    's' => cache.FormStamp(http),
                    _ => SecurityHeadersMiddleware.Nonce(http),
                };
                length += Encoding.UTF8.GetByteCount(fills[i]);
            }

            var response = http.Response;
            response.ContentType = "text/html; charset=utf-8";
            // The page holds this reader's form token: no shared cache may keep it.
            response.Headers.CacheControl = "no-cache, no-store";
            response.ContentLength = length;
            if (HttpMethods.IsHead(http.Request.Method))
            {
                return;
            }

            // The page is put together in one pooled buffer and handed to the server in one write, which sends the
            // headers and the body together (docs/decisions/0023): written piece by piece before the headers, each
            // piece was copied twice and took the response's lock on every block.
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                var written = 0;
                for (var i = 0; i < page.Parts.Length; i++)
                {
                    page.Parts[i].CopyTo(buffer, written);
                    written += page.Parts[i].Length;
                    if (i < fills.Length)
                    {
                        written += Encoding.UTF8.GetBytes(fills[i], buffer.AsSpan(written));
                    }
                }

                await response.BodyWriter.WriteAsync(buffer.AsMemory(0, written), http.RequestAborted);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
