using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Admissions;

namespace VirtualSchool.Portal.Web.Admissions;

/// <summary>A question page: the question, the answer already chosen (when changing it), the earlier answers the form carries, and any error.</summary>
public sealed record CheckerQuestionPage(CheckerQuestion Question, string? Chosen, IReadOnlyDictionary<string, string> Carried, string Action, string BackUrl, FormError? Error);

/// <summary>One row of "Check your answers".</summary>
public sealed record CheckerAnswerRow(CheckerStep Step, string ChangeUrl);

/// <summary>The "Check your answers" page.</summary>
public sealed record CheckerAnswersPage(IReadOnlyList<CheckerAnswerRow> Rows, string ResultUrl, string BackUrl);

/// <summary>A result page.</summary>
public sealed record CheckerResultPage(CheckerResult Result, string BackUrl, string StartUrl, string CheckUrl);

/// <summary>Shown when the checker's content has problems: no reader is led to a dead end.</summary>
public sealed record CheckerUnavailablePage(string StartUrl);
