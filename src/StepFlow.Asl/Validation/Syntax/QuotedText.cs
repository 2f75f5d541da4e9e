namespace StepFlow.Asl.Validation.Syntax;

/// <summary>Quoted literals inside paths and expressions, where a backslash escapes the next character.</summary>
public static class QuotedText
{
    /// <summary>The index of the quote closing the one at <paramref name="open"/>, or -1 when it is never closed.</summary>
    public static int Close(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[open])
            {
                return i;
            }
        }

        return -1;
    }
}
