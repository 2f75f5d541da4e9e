using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepFlow.Generators.Reuse;

/// <summary>
/// What can change how a workflow's unchanged source binds without touching a file it depends on: the references,
/// the options, the full names of the types and namespaces the assembly declares (a new type can capture a simple
/// name), and the global usings. Two compilations with equivalent environments bind an unchanged file the same way.
/// </summary>
internal sealed class CompilationEnvironment
{
    private static readonly ConditionalWeakTable<Compilation, CompilationEnvironment> Cache = new();

    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CompilationOptions _options;
    private readonly string? _assemblyName;
    private readonly HashSet<string> _typeNames;
    private readonly HashSet<string> _namespaceNames;
    private readonly HashSet<string> _globalUsings;
    private WeakReference<CompilationEnvironment>? _lastEquivalent;

    private CompilationEnvironment(Compilation compilation)
    {
        _references = compilation.References.ToImmutableArray();
        _options = compilation.Options;
        _assemblyName = compilation.AssemblyName;
        _typeNames = new HashSet<string>(StringComparer.Ordinal);
        _namespaceNames = new HashSet<string>(StringComparer.Ordinal);
        CollectNames(compilation.Assembly.GlobalNamespace, string.Empty);
        _globalUsings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Global usings sit at the top of a file: reading them needs the root's first children only.
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                    {
                        _globalUsings.Add(directive.ToString());
                    }
                }
            }
        }
    }

    /// <summary>
    /// Full names of the namespaces and types the assembly declares (simple names are not enough: Flows.Payload
    /// added next to Shared.Payload captures "Payload" in Flows). Declarations only, nothing is bound.
    /// </summary>
    private void CollectNames(INamespaceSymbol ns, string prefix)
    {
        foreach (var inner in ns.GetNamespaceMembers())
        {
            var name = prefix + inner.Name;
            _namespaceNames.Add(name);
            CollectNames(inner, name + ".");
        }

        foreach (var type in ns.GetTypeMembers())
        {
            CollectNames(type, prefix);
        }
    }

    private void CollectNames(INamedTypeSymbol type, string prefix)
    {
        var name = prefix + type.MetadataName;
        _typeNames.Add(name);
        foreach (var nested in type.GetTypeMembers())
        {
            CollectNames(nested, name + "+");
        }
    }

    public static CompilationEnvironment Of(Compilation compilation) => Cache.GetValue(compilation, static c => new CompilationEnvironment(c));

    /// <summary>Whether an unchanged file binds the same in both compilations, as far as the environment goes.</summary>
    public bool IsEquivalentTo(CompilationEnvironment other)
    {
        if (ReferenceEquals(this, other) || (_lastEquivalent is { } last && last.TryGetTarget(out var known) && ReferenceEquals(known, other)))
        {
            return true;
        }

        if (!SameReferences(_references, other._references) || !_options.Equals(other._options) || _assemblyName != other._assemblyName
            || !_typeNames.SetEquals(other._typeNames) || !_namespaceNames.SetEquals(other._namespaceNames) || !_globalUsings.SetEquals(other._globalUsings))
        {
            return false;
        }

        // Every workflow of the next run asks the same question: answer it once. Weak, so environments do not chain up.
        _lastEquivalent = new WeakReference<CompilationEnvironment>(other);
        return true;
    }

    private static bool SameReferences(ImmutableArray<MetadataReference> left, ImmutableArray<MetadataReference> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!ReferenceEquals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
