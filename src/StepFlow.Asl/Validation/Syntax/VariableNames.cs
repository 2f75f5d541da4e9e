using System.Globalization;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>Variable names: a Unicode identifier (ID_Start then ID_Continue) of at most 80 characters; "states" is reserved.</summary>
public static class VariableNames
{
    public const string Reserved = "states";
    public const int MaxLength = 80;

    /// <summary>Null when <paramref name="name"/> may be assigned, else why not.</summary>
    public static string? Check(string name)
    {
        if (name == Reserved)
        {
            return "'states' is reserved for $states";
        }

        if (name.Length == 0 || name.Length > MaxLength)
        {
            return "a variable name has 1 to " + MaxLength + " characters";
        }

        if (!IsStart(name[0]))
        {
            return "a variable name starts with a letter or '_'";
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsPart(name[i]))
            {
                return "'" + name[i] + "' cannot appear in a variable name (letters, digits and '_' only)";
            }
        }

        return null;
    }

    private static bool IsStart(char c) => char.IsLetter(c) || c == '_' || char.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    private static bool IsPart(char c)
    {
        if (IsStart(c) || char.IsDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
    }
}
