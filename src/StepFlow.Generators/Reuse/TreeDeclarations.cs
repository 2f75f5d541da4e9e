using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepFlow.Generators.Reuse;

/// <summary>
/// The names one file declares (namespaces and types, full names) and its global usings, read from syntax once per
/// tree. A compilation environment unions them over its trees: unchanged trees answer from this cache, so a re-run
/// no longer asks the new compilation to build its namespace symbols, which cost most of the environment check.
/// </summary>
internal sealed class TreeDeclarations
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeDeclarations> Cache = new();

    private TreeDeclarations(SyntaxTree tree)
    {
        var namespaces = new List<string>();
        var types = new List<string>();
        var usings = new List<string>();
        if (tree.GetRoot() is CompilationUnitSyntax unit)
        {
            foreach (var directive in unit.Usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                {
                    usings.Add(directive.ToString());
                }
            }

            Collect(unit.Members, string.Empty, namespaces, types);
        }

        Namespaces = namespaces;
        Types = types;
        GlobalUsings = usings;
    }

    public IReadOnlyList<string> Namespaces { get; }

    public IReadOnlyList<string> Types { get; }

    public IReadOnlyList<string> GlobalUsings { get; }

    public static TreeDeclarations Of(SyntaxTree tree) => Cache.GetValue(tree, static t => new TreeDeclarations(t));

    private static void Collect(SyntaxList<MemberDeclarationSyntax> members, string prefix, List<string> namespaces, List<string> types)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    // "namespace A.B" declares A and A.B.
                    var name = prefix;
                    foreach (var part in ns.Name.ToString().Split('.'))
                    {
                        name += part.Trim();
                        namespaces.Add(name);
                        name += ".";
                    }

                    Collect(ns.Members, name, namespaces, types);
                    break;
                case TypeDeclarationSyntax type:
                    var typeName = prefix + type.Identifier.ValueText + Arity(type.TypeParameterList);
                    types.Add(typeName);
                    Collect(type.Members, typeName + "+", namespaces, types);
                    break;
                case EnumDeclarationSyntax enumeration:
                    types.Add(prefix + enumeration.Identifier.ValueText);
                    break;
                case DelegateDeclarationSyntax declaration:
                    types.Add(prefix + declaration.Identifier.ValueText + Arity(declaration.TypeParameterList));
                    break;
                case GlobalStatementSyntax:
                    // Top-level statements declare the compiler's Program class, which can capture the name too.
                    types.Add("Program");
                    break;
            }
        }
    }

    private static string Arity(TypeParameterListSyntax? parameters)
        => parameters is null || parameters.Parameters.Count == 0 ? string.Empty : "`" + parameters.Parameters.Count;
}
