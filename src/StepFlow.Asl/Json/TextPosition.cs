namespace StepFlow.Asl.Json;

/// <summary>A 1-based line and column, as editors and MSBuild messages show them.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Converts a character offset into a line and column ("\r\n" and "\n" both end a line).</summary>
    public static TextPosition FromOffset(string text, int offset)
    {
        var line = 1;
        var column = 1;
        var end = offset < text.Length ? offset : text.Length;
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }

        return new TextPosition(line, column);
    }
}
