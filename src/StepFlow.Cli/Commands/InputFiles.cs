using System.IO;
using System.Text.Json;

namespace StepFlow.Cli.Commands;

/// <summary>Reads the files a command is given, turning every problem into a <see cref="UsageException"/> that
/// names the file (and the line and column for JSON syntax errors).</summary>
internal static class InputFiles
{
    public static string ReadText(string path, string role)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new UsageException("cannot read " + role + " file '" + path + "': " + e.Message);
        }
        catch (System.UnauthorizedAccessException e)
        {
            throw new UsageException("cannot read " + role + " file '" + path + "': " + e.Message);
        }
    }

    /// <summary>Reads a file that must hold JSON.</summary>
    public static string ReadJson(string path, string role)
    {
        var text = ReadText(path, role);
        try
        {
            using var _ = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new UsageException(
                role + " file '" + path + "' is not valid JSON (line " + ((e.LineNumber ?? 0) + 1) + ", column " + ((e.BytePositionInLine ?? 0) + 1) + "): " + FirstSentence(e.Message));
        }

        return text;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", System.StringComparison.Ordinal);
        if (end < 0)
        {
            end = message.IndexOf(" Path:", System.StringComparison.Ordinal);
        }

        return end > 0 ? message.Substring(0, end) : message;
    }
}
