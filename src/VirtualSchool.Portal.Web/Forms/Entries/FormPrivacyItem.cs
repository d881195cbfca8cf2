namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>One form in the privacy notice: what it asks for and how long each state of its entries is kept.</summary>
public sealed record FormPrivacyItem(string Name, IReadOnlyList<string> Collects, IReadOnlyList<string> Sensitive, bool StoresIpAddress, IReadOnlyList<FormRetentionPeriod> Retention);
