using System;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>
/// Whether literal text reads like something Step Functions evaluates: a JSONPath into the input or the Context
/// Object, or an intrinsic call. AWS's NO_DOLLAR, NO_PATH and PASS_RESULT_IS_STATIC warnings rest on this idea.
/// Deliberately narrow, because the text may well be meant literally: a path needs at least one segment ("$" and
/// "$$" alone read as a currency sign), variables ("$USD") are left out, and a call must name a States. function.
/// </summary>
public static class PathLookalike
{
    /// <summary>True for <c>$.a</c>, <c>$[0]</c>, <c>$$.Execution.Id</c> and the like, when well formed.</summary>
    public static bool IsPath(string text)
    {
        if (text.Length < 2 || text[0] != '$')
        {
            return false;
        }

        var next = text[1] == '$' ? 2 : 1;
        return next < text.Length && (text[next] == '.' || text[next] == '[') && PathSyntax.Check(text, PathKind.Path) is null;
    }

    /// <summary>True for <c>States.Format('{}', $.a)</c> and other States.* calls, valid or not.</summary>
    public static bool IsIntrinsicCall(string text)
        => text.StartsWith("States.", StringComparison.Ordinal) && IntrinsicSyntax.LooksLikeCall(text);

    /// <summary>A path or an intrinsic call: what a key ending ".$" would have evaluated.</summary>
    public static bool IsExpression(string text) => IsPath(text) || IsIntrinsicCall(text);
}
