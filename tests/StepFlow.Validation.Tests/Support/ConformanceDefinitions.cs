using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation;

namespace StepFlow.Validation.Tests.Support;

/// <summary>
/// The definitions of the conformance cases recorded against real AWS (shared/conformance, next to the repository):
/// every one was accepted by CreateStateMachine, so no rule may call any of them an error.
/// </summary>
public static class ConformanceDefinitions
{
    private static readonly Lazy<string> Repository = new(FindRepository);
    private static readonly Lazy<string> Root = new(() => Path.GetFullPath(Path.Combine(Repository.Value, "..", "shared", "conformance")));

    /// <summary>The checkout (the folder holding Generators.sln).</summary>
    public static string RepositoryRoot => Repository.Value;

    /// <summary>Case folder (relative, e.g. cases/x) of every definition that uses JSONata at machine or state level.</summary>
    public static IReadOnlyList<string> Jsonata()
        => Directory.GetDirectories(Root.Value, "cases*")
            .SelectMany(folder => Directory.GetDirectories(folder))
            .Where(folder => File.Exists(Path.Combine(folder, "definition.asl.json")) && UsesJsonata(Read(folder)))
            .Select(folder => Path.GetRelativePath(Root.Value, folder))
            .OrderBy(folder => folder, StringComparer.Ordinal)
            .ToArray();

    public static AslObject Read(string caseFolder)
        => (AslObject)AslJsonReader.Parse(File.ReadAllText(Path.Combine(Root.Value, caseFolder, "definition.asl.json")));

    private static bool UsesJsonata(AslObject definition)
        => JsonWalk.Members(definition, "$").Any(member => member.Property.Name == "QueryLanguage" && member.Property.Value is AslString { Value: "JSONata" });

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
