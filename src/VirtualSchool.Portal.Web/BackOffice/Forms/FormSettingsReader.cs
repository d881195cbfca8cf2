using Microsoft.AspNetCore.Http;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Reads the form's settings screen (the page to go to is read by its <see cref="PagePicker"/>).</summary>
public static class FormSettingsReader
{
    public const int MaxLabelLength = 100;
    public const int MaxMessageLength = 4000;

    public static FormSettings Read(IFormCollection posted, FormErrors errors)
    {
        string Label(string name, string what, string fallback)
        {
            var text = posted[name].ToString().Trim();
            if (text.Length > MaxLabelLength)
            {
                errors.Add(name, $"The {what} must be {MaxLabelLength} characters or fewer");
            }

            return text.Length == 0 ? fallback : text;
        }

        bool Ticked(string name) => posted[name].Any(v => v is "true" or "on" or "1");
        var message = posted["messageOnSubmit"].ToString().Trim();
        if (message.Length > MaxMessageLength)
        {
            errors.Add("messageOnSubmit", $"The message must be {MaxMessageLength:N0} characters or fewer");
        }

        var defaults = new FormSettings();
        return new FormSettings
        {
            SubmitLabel = Label("submitLabel", "submit button's text", defaults.SubmitLabel),
            NextLabel = Label("nextLabel", "next button's text", defaults.NextLabel),
            PreviousLabel = Label("previousLabel", "back link's text", defaults.PreviousLabel),
            MessageOnSubmit = message.Length == 0 ? defaults.MessageOnSubmit : message,
            CheckAnswers = Ticked("checkAnswers"),
            ManualApproval = Ticked("manualApproval"),
            StoreIpAddress = Ticked("storeIpAddress"),
            StoreRecordsLocally = Ticked("storeRecordsLocally"),
        };
    }
}
