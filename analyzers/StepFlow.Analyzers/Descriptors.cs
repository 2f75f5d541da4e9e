using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Asl.Validation;

namespace StepFlow.Analyzers;

/// <summary>
/// The Roslyn descriptors, one per catalogue entry (Descriptors.Catalogue.cs). Every message is "{0}": the rule
/// engine formats its own messages, so the same words reach the IDE, dotnet build and stepflow validate.
/// </summary>
internal static partial class Descriptors
{
    private const string HelpBase = "https://github.com/stepflow/stepflow/blob/main/docs/diagnostics/";

    public static DiagnosticDescriptor For(AslRuleDescriptor rule) => Lookup.ById[rule.Id];

    /// <summary>Built on first use, after every field of both partial files is set (their order is unspecified).</summary>
    private static class Lookup
    {
        public static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        private static Dictionary<string, DiagnosticDescriptor> Index()
        {
            var byId = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var descriptor in All)
            {
                byId[descriptor.Id] = descriptor;
            }

            return byId;
        }
    }
}
