using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Visualization.Definition;

/// <summary>Reads the graph out of ASL JSON: states, their transitions and nested state machines.</summary>
internal sealed class DefinitionReader
{
    private const string Root = "$";
    private static readonly string[] NestedMachineFields = ["Branches", "ItemProcessor", "Iterator"];

    private readonly List<StateNode> _allStates = [];
    private readonly List<string> _warnings = [];
    private string _topLanguage = "JSONPath";

    public static WorkflowDefinition Read(string aslJson)
    {
        ArgumentNullException.ThrowIfNull(aslJson);
        JsonNode? document = ParseJson(aslJson);
        JsonObject top = JsonFields.AsObject(document, Root, "a state machine definition");
        var reader = new DefinitionReader();
        reader._topLanguage = JsonFields.OptionalString(top, "QueryLanguage", Root) ?? "JSONPath";
        WorkflowGraph graph = reader.ReadGraph(top, Root, NestedGraphRole.Root, parent: null);
        return new WorkflowDefinition(graph, reader._allStates, reader._warnings, JsonFields.OptionalString(top, "Comment", Root));
    }

    internal static JsonNode? ParseJson(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $"line {line + 1}, byte {e.BytePositionInLine + 1}" : "unknown position";
            throw new VisualizationInputException(Root, $"the text is not valid JSON ({where})", e);
        }

        DuplicatePropertyCheck.ThrowIfAny(json);
        return node;
    }

    private WorkflowGraph ReadGraph(JsonObject machine, string path, NestedGraphRole role, StateNode? parent)
    {
        string startAt = JsonFields.RequiredString(machine, "StartAt", path);
        string statesPath = JsonPathText.Property(path, "States");
        JsonObject statesObject = JsonFields.AsObject(
            machine["States"] ?? throw new VisualizationInputException(statesPath, "required field 'States' is missing"),
            statesPath,
            "'States'");

        var states = new List<StateNode>();
        var bodies = new List<(StateNode Node, JsonObject Body)>();
        foreach ((string name, JsonNode? value) in statesObject)
        {
            string statePath = JsonPathText.Property(statesPath, name);
            if (value is not JsonObject body)
            {
                // AWS would reject this too; the picture can still show every real state.
                _warnings.Add($"{statePath} is {JsonFields.Describe(value)}, not a state object; it is not drawn");
                continue;
            }

            StateNode node = CreateNode(name, body, statePath);
            node.Id = _allStates.Count;
            _allStates.Add(node);
            states.Add(node);
            bodies.Add((node, body));
            node.Children = ReadChildren(node, body, statePath);
        }

        var graph = new WorkflowGraph(role, path, IndexOrThrow(states, startAt, JsonPathText.Property(path, "StartAt")), states, ReadTransitions(states, bodies));
        graph.Parent = parent;
        foreach (StateNode state in states)
        {
            state.Owner = graph;
        }

        return graph;
    }

    private StateNode CreateNode(string name, JsonObject body, string statePath)
    {
        string typeName = JsonFields.RequiredString(body, "Type", statePath);
        StateType type = Enum.TryParse(typeName, ignoreCase: false, out StateType parsed) && parsed != StateType.Unknown ? parsed : StateType.Unknown;
        if (type == StateType.Unknown)
        {
            _warnings.Add($"{JsonPathText.Property(statePath, "Type")} is '{typeName}', not an ASL state type; drawn as a plain state");
        }

        string language = JsonFields.OptionalString(body, "QueryLanguage", statePath) ?? _topLanguage;
        var ownFields = new JsonObject();
        foreach ((string key, JsonNode? value) in body)
        {
            if (Array.IndexOf(NestedMachineFields, key) < 0)
            {
                ownFields[key] = value?.DeepClone();
            }
        }

        return new StateNode(name, type, typeName, statePath, language, ownFields)
        {
            IsTerminal = type is StateType.Succeed or StateType.Fail || JsonFields.IsTrue(body, "End"),
        };
    }

    private IReadOnlyList<WorkflowGraph> ReadChildren(StateNode node, JsonObject body, string statePath)
    {
        if (node.Type == StateType.Parallel)
        {
            string branchesPath = JsonPathText.Property(statePath, "Branches");
            JsonArray branches = JsonFields.OptionalArray(body, "Branches", statePath)
                ?? throw new VisualizationInputException(branchesPath, "a Parallel state needs 'Branches'");
            var graphs = new List<WorkflowGraph>();
            for (int i = 0; i < branches.Count; i++)
            {
                string branchPath = JsonPathText.Index(branchesPath, i);
                graphs.Add(ReadGraph(JsonFields.AsObject(branches[i], branchPath, "a branch"), branchPath, NestedGraphRole.Branch, node));
            }

            return graphs;
        }

        if (node.Type == StateType.Map)
        {
            (string field, NestedGraphRole role) = body["Iterator"] is not null && body["ItemProcessor"] is null
                ? ("Iterator", NestedGraphRole.Iterator)
                : ("ItemProcessor", NestedGraphRole.ItemProcessor);
            string processorPath = JsonPathText.Property(statePath, field);
            JsonObject processor = JsonFields.AsObject(
                body[field] ?? throw new VisualizationInputException(processorPath, "a Map state needs 'ItemProcessor' (or the legacy 'Iterator')"),
                processorPath,
                $"'{field}'");
            node.MapMode = processor["ProcessorConfig"] is JsonObject config
                ? JsonFields.OptionalString(config, "Mode", JsonPathText.Property(processorPath, "ProcessorConfig")) ?? "INLINE"
                : "INLINE";
            return [ReadGraph(processor, processorPath, role, node)];
        }

        return [];
    }

    private static List<Transition> ReadTransitions(List<StateNode> states, List<(StateNode Node, JsonObject Body)> bodies)
    {
        var transitions = new List<Transition>();
        for (int from = 0; from < bodies.Count; from++)
        {
            (StateNode node, JsonObject body) = bodies[from];
            string? next = JsonFields.OptionalString(body, "Next", node.Path);
            if (next is not null)
            {
                transitions.Add(new Transition(from, IndexOrThrow(states, next, JsonPathText.Property(node.Path, "Next")), TransitionKind.Next, null, null));
            }

            if (node.Type == StateType.Choice)
            {
                AddChoiceTransitions(states, from, node, body, transitions);
            }

            AddCatchTransitions(states, from, node, body, transitions);
        }

        return transitions;
    }

    private static void AddChoiceTransitions(List<StateNode> states, int from, StateNode node, JsonObject body, List<Transition> transitions)
    {
        string choicesPath = JsonPathText.Property(node.Path, "Choices");
        JsonArray rules = JsonFields.OptionalArray(body, "Choices", node.Path) ?? [];
        for (int i = 0; i < rules.Count; i++)
        {
            string rulePath = JsonPathText.Index(choicesPath, i);
            JsonObject rule = JsonFields.AsObject(rules[i], rulePath, "a Choice rule");
            string target = JsonFields.RequiredString(rule, "Next", rulePath);
            string text = ChoiceRuleText.Describe(rule);
            string? comment = JsonFields.OptionalString(rule, "Comment", rulePath);
            string detail = comment is null ? text : comment + "\n" + text;
            transitions.Add(new Transition(from, IndexOrThrow(states, target, JsonPathText.Property(rulePath, "Next")), TransitionKind.Choice, LabelText.Shorten(text, LabelText.MaxEdgeLabelLength), detail));
        }

        string? defaultTarget = JsonFields.OptionalString(body, "Default", node.Path);
        if (defaultTarget is not null)
        {
            transitions.Add(new Transition(from, IndexOrThrow(states, defaultTarget, JsonPathText.Property(node.Path, "Default")), TransitionKind.Default, "default", null));
        }
    }

    private static void AddCatchTransitions(List<StateNode> states, int from, StateNode node, JsonObject body, List<Transition> transitions)
    {
        string catchPath = JsonPathText.Property(node.Path, "Catch");
        JsonArray catchers = JsonFields.OptionalArray(body, "Catch", node.Path) ?? [];
        for (int i = 0; i < catchers.Count; i++)
        {
            string catcherPath = JsonPathText.Index(catchPath, i);
            JsonObject catcher = JsonFields.AsObject(catchers[i], catcherPath, "a Catcher");
            string target = JsonFields.RequiredString(catcher, "Next", catcherPath);
            string errors = string.Join(", ", ErrorNames(catcher, catcherPath));
            transitions.Add(new Transition(from, IndexOrThrow(states, target, JsonPathText.Property(catcherPath, "Next")), TransitionKind.Catch, LabelText.Shorten(errors, LabelText.MaxEdgeLabelLength), errors));
        }
    }

    internal static List<string> ErrorNames(JsonObject catcherOrRetrier, string path)
    {
        var names = new List<string>();
        JsonArray equals = JsonFields.OptionalArray(catcherOrRetrier, "ErrorEquals", path) ?? [];
        for (int i = 0; i < equals.Count; i++)
        {
            names.Add(equals[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>()
                : throw new VisualizationInputException(JsonPathText.Index(JsonPathText.Property(path, "ErrorEquals"), i), "an error name must be a string"));
        }

        return names;
    }

    private static int IndexOrThrow(List<StateNode> states, string name, string path)
    {
        int index = states.FindIndex(s => s.Name == name);
        return index >= 0 ? index : throw new VisualizationInputException(path, $"names state '{name}', which is not in the same 'States' object");
    }
}
