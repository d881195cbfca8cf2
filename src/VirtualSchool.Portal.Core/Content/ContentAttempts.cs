namespace VirtualSchool.Portal.Core.Content;

/// <summary>Names a content attempt's result by what it is, so that callers read <c>result.Node</c>.</summary>
public static class ContentAttempts
{
    extension(Attempt<ContentNode, ContentOperationStatus> attempt)
    {
        /// <summary>The node the operation created, changed or found: the attempt's <see cref="Attempt{TResult, TStatus}.Result"/>.</summary>
        public ContentNode? Node => attempt.Result;
    }
}
