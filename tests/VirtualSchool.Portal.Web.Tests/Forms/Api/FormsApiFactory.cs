using VirtualSchool.Portal.Web.Tests.Forms.Public;

namespace VirtualSchool.Portal.Web.Tests.Forms.Api;

/// <summary>The portal with the forms API switched on, behind a key.</summary>
public sealed class FormsApiFactory : FormsFactory
{
    public const string Key = "test-forms-key";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Portal:Forms:Api:Enabled"] = "true",
        ["Portal:Forms:Api:ApiKey"] = Key,
    };
}
