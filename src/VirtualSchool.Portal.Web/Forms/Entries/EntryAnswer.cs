using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>One answer of an entry in words: the field (as the entry was filled in against), its caption, the answer described.</summary>
public sealed record EntryAnswer(FormField Field, string Caption, string Value, bool Masked)
{
    public const string HiddenText = "Hidden: you do not have access";
}
