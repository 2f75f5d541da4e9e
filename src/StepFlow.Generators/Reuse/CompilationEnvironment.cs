using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

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
        _globalUsings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Full names, not simple ones: Flows.Payload added next to Shared.Payload captures "Payload" in Flows.
            var declarations = TreeDeclarations.Of(tree);
            _typeNames.UnionWith(declarations.Types);
            _namespaceNames.UnionWith(declarations.Namespaces);
            _globalUsings.UnionWith(declarations.GlobalUsings);
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
