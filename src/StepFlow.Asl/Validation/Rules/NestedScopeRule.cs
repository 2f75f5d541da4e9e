using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// A Parallel has a non-empty Branches array of scopes, a Map an ItemProcessor (or legacy Iterator); nested scopes
/// hold only StartAt, States and Comment, plus QueryLanguage in branches and ProcessorConfig in item processors.
/// </summary>
public sealed class NestedScopeRule : IAslRule
{
    public static readonly AslRuleDescriptor Missing = new(
        "SF3018",
        "Parallel or Map without its nested states",
        "{0} state '{1}' {2}",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Missing };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type == "Parallel")
            {
                CheckParallel(context, state);
            }
            else if (state.Type == "Map")
            {
                CheckMap(context, state);
            }
        }
    }

    private static void CheckParallel(AslValidationContext context, StateNode state)
    {
        if (state.Body["Branches"] is not AslArray branches)
        {
            context.Report(Missing, state.Body["Branches"] ?? state.Body, state.Path, "Parallel", state.Name, "needs Branches, an array of {StartAt, States} objects (in C#, Branches = new[] { typeof(MyBranch) })");
            return;
        }

        if (branches.Items.Count == 0)
        {
            context.Report(Missing, branches, state.Path + ".Branches", "Parallel", state.Name, "has no branches: add at least one");
        }

        for (var i = 0; i < branches.Items.Count; i++)
        {
            CheckScopeObject(context, state, branches.Items[i], state.Path + ".Branches[" + i + "]", "Parallel", processor: false);
        }
    }

    private static void CheckMap(AslValidationContext context, StateNode state)
    {
        var processor = state.Body["ItemProcessor"] ?? state.Body["Iterator"];
        if (processor is null)
        {
            context.Report(Missing, state.Body, state.Path, "Map", state.Name, "needs an ItemProcessor (in C#, ItemProcessor = typeof(MyProcessor))");
            return;
        }

        var field = state.Body.Contains("ItemProcessor") ? "ItemProcessor" : "Iterator";
        CheckScopeObject(context, state, processor, state.Path + "." + field, "Map", processor: true);
    }

    private static void CheckScopeObject(AslValidationContext context, StateNode state, AslValue value, string path, string type, bool processor)
    {
        if (value is not AslObject scope)
        {
            context.Report(Missing, value, path, type, state.Name, "has a nested scope that is not a {StartAt, States} object");
            return;
        }

        if (scope["States"] is not AslObject)
        {
            context.Report(Missing, scope, path, type, state.Name, "has a nested scope without a States object");
        }

        foreach (var property in scope.Properties)
        {
            // AWS rejects QueryLanguage inside ItemProcessor/Iterator ("Field 'QueryLanguage' is not supported").
            var allowed = property.Name is "StartAt" or "States" or "Comment" || property.Name == (processor ? "ProcessorConfig" : "QueryLanguage");
            if (processor && property.Name == "QueryLanguage")
            {
                context.Report(Missing, property.Value, Placeholders.Append(path, property.Name), type, state.Name, "has 'QueryLanguage' in its item processor, which AWS does not support: set QueryLanguage on the states inside it, or on the machine");
            }
            else if (!allowed)
            {
                context.Report(Missing, property.Value, Placeholders.Append(path, property.Name), type, state.Name, "has '" + property.Name + "' in a nested scope, which only holds StartAt, States and Comment" + (processor ? " (and ProcessorConfig)" : string.Empty));
            }
        }
    }
}
