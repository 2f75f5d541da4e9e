using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StepFlow.Generators.Emitting;

/// <summary>Turns state and error names ("Await approval", "DataPipeline.Failed") into unique PascalCase identifiers.</summary>
internal sealed class CSharpIdentifiers
{
    private readonly HashSet<string> _used;

    public CSharpIdentifiers(params string[] reserved) => _used = new HashSet<string>(reserved);

    public string Unique(string name)
    {
        var baseName = Pascal(name);
        var candidate = baseName;
        for (var i = 2; !_used.Add(candidate); i++)
        {
            candidate = baseName + i;
        }

        return candidate;
    }

    private static string Pascal(string name)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var text = builder.ToString();
        return SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None ? "@" + text : text;
    }
}
