using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>
/// Umbraco Forms' "Save as Umbraco content node": a DRAFT page of <c>DocumentType</c> under <c>RootNode</c>, named from
/// <c>NameField</c>, with properties from <c>Fields</c> (a JSON object: property alias to field key), through the content
/// service. Never published: an editor reviews and publishes it. The page's key comes from the run, so a run repeated
/// after a crash finds the page it made rather than making a second.
/// </summary>
public sealed class SaveAsContentWorkflow(ContentService content, IContentRepository repository, EntryAnswers answers) : FormWorkflowType
{
    public const string User = "Forms workflow";

    public override Guid Id => WorkflowTypeIds.SaveAsContent;

    public override string Alias => "saveAsContent";

    public override string Name => "Save as a draft page";

    public override string Description => "Saves the answers as a draft page of a document type, for an editor to check and publish.";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("DocumentType", "Document type", "The kind of page to create", FormSettingKind.DocumentType),
        new("RootNode", "Create it under", "The page the new pages go under", FormSettingKind.Content),
        new("NameField", "Name it from", "The field whose answer names the page", FormSettingKind.Field),
        new("Fields", "Properties", "Which field fills each property of the page", FormSettingKind.FieldMapping),
    ];

    public override IReadOnlyList<string> Check(FormWorkflow workflow, FormDefinition form)
    {
        var problems = new List<string>();
        // The builder's check runs on a save, off any hot path; the repository has no synchronous read.
        var types = repository.GetContentTypesAsync().GetAwaiter().GetResult().ByAlias();
        var type = workflow.Setting("DocumentType") is { } alias ? types.GetValueOrDefault(alias) : null;
        if (type is null || type.Kind != ContentTypeKind.Document)
        {
            problems.Add("Choose the document type of the pages to create");
        }

        if (!Guid.TryParse(workflow.Setting("RootNode"), out var root) || repository.GetNodeAsync(root).GetAwaiter().GetResult() is null)
        {
            problems.Add("Choose the page to create the new pages under");
        }

        if (workflow.Setting("NameField") is { } nameField && !WorkflowChecks.FieldExists(form, nameField))
        {
            problems.Add("Choose a field of this form to name the pages from");
        }

        if (Mapping(workflow) is not { } mapping)
        {
            problems.Add("The properties must map each property alias to a field of the form");
            return problems;
        }

        var properties = type is null ? [] : PropertyAliases(type, types);
        foreach (var (property, field) in mapping)
        {
            if (type is not null && !properties.Contains(property))
            {
                problems.Add($"The document type {type.Name} has no property \"{property}\"");
            }

            if (!WorkflowChecks.FieldExists(form, field))
            {
                problems.Add($"Choose a field of this form for the property \"{property}\"");
            }
        }

        return problems;
    }

    public override async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var workflow = context.Workflow;
        if (workflow.Setting("DocumentType") is not { } type || !Guid.TryParse(workflow.Setting("RootNode"), out var root) || Mapping(workflow) is not { } mapping)
        {
            return WorkflowResult.Failure("The workflow's document type, parent page or property mapping is missing.");
        }

        var key = PageKey(context.Run);
        if (await repository.GetNodeAsync(key, cancellationToken) is not null)
        {
            return WorkflowResult.Success;
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (property, fieldKey) in mapping)
        {
            if (Guid.TryParse(fieldKey, out var fk) && context.Form.FindField(fk) is { } field && (!field.Sensitive || workflow.IncludeSensitiveData))
            {
                values[property] = answers.Describe(field, context.Entry.ValuesOf(field.Key));
            }
        }

        var created = await content.CreateAsync(new NewContent(PageName(context), type, root, values, Key: key), User, enforceStructure: false, cancellationToken);
        return created.Succeeded ? WorkflowResult.Success : WorkflowResult.Failure(created.Message ?? $"The page could not be created ({created.Status}).");
    }

    /// <summary>The field mapping, or null when the setting is not a JSON object of strings.</summary>
    public static Dictionary<string, string>? Mapping(FormWorkflow workflow)
    {
        var json = workflow.Setting("Fields");
        if (json is null)
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string PageName(WorkflowContext context)
    {
        var name = Guid.TryParse(context.Workflow.Setting("NameField"), out var key) && context.Form.FindField(key) is { } field
            ? answers.Describe(field, context.Entry.ValuesOf(field.Key)).Trim()
            : "";
        return name.Length > 0 ? (name.Length > 200 ? name[..200] : name) : $"{context.Form.Name} {context.Entry.CreatedAt:yyyy-MM-dd HH:mm:ss}";
    }

    private static Guid PageKey(FormWorkflowRun run) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"form-workflow-run:{run.EntryId}:{run.WorkflowKey}:{run.Stage}"))[..16]);

    private static HashSet<string> PropertyAliases(ContentType type, Dictionary<string, ContentType> types)
    {
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<ContentType>([type]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current.Alias))
            {
                continue;
            }

            aliases.UnionWith(current.Properties.Select(p => p.Alias));
            foreach (var composition in current.Compositions)
            {
                if (types.GetValueOrDefault(composition) is { } used)
                {
                    pending.Push(used);
                }
            }
        }

        return aliases;
    }
}
