using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Json;
using StepFlow.Local.States;

namespace StepFlow.Local.Definition;

/// <summary>Loads ASL JSON into a compiled <see cref="StateMachineDefinition"/>. Throws
/// <see cref="InvalidDefinitionException"/> with the JSON pointer of the first problem.</summary>
internal sealed class DefinitionParser
{
    private readonly string _topLanguage;
    private bool _usesJsonata;

    private DefinitionParser(string topLanguage) => _topLanguage = topLanguage;

    public bool IsJsonata(string language) => language == "JSONata";

    public static StateMachineDefinition Parse(string definition)
    {
        JsonNode? root;
        try
        {
            root = JsonNodes.Parse(definition);
        }
        catch (JsonException e)
        {
            throw new InvalidDefinitionException(
                "INVALID_JSON_DESCRIPTION: " + e.Message,
                "[line: " + ((e.LineNumber ?? 0) + 1) + ", column: " + ((e.BytePositionInLine ?? 0) + 1) + "]");
        }

        if (root is not JsonObject obj)
        {
            throw JsonFields.Error("Definition must be a valid JSON object", "/");
        }

        var fields = new JsonFields(obj, string.Empty);
        var language = fields.String("QueryLanguage") ?? "JSONPath";
        CheckLanguage(language, fields.At("QueryLanguage"));
        var parser = new DefinitionParser(language);
        var block = parser.ParseBlock(fields);
        var timeout = fields.Integer("TimeoutSeconds");
        return new StateMachineDefinition(block, timeout, parser._usesJsonata);
    }

    /// <summary>Parses a <c>{StartAt, States}</c> object and checks every transition stays inside it.</summary>
    public StateBlock ParseBlock(JsonFields fields)
    {
        if (!fields.Has("StartAt") || !fields.Has("States"))
        {
            throw JsonFields.Error("These fields are required: [States, StartAt]", fields.Location);
        }

        var startAt = fields.RequiredString("StartAt");
        var statesFields = fields.Child("States")!.Value;
        var states = new Dictionary<string, State>(System.StringComparer.Ordinal);
        foreach (var pair in statesFields.Object)
        {
            var location = statesFields.At(pair.Key);
            if (pair.Value is not JsonObject stateObject)
            {
                throw JsonFields.Error("A state must be an OBJECT", location);
            }

            var state = new StateParser(this).Parse(pair.Key, new JsonFields(stateObject, location));
            _usesJsonata |= state.IsJsonata;
            states[pair.Key] = state;
        }

        if (!states.ContainsKey(startAt))
        {
            throw JsonFields.Error("Missing 'Next' target: " + startAt, fields.At("StartAt"));
        }

        foreach (var state in states.Values)
        {
            foreach (var (target, field) in Targets(state))
            {
                if (!states.ContainsKey(target))
                {
                    throw JsonFields.Error("Missing 'Next' target: " + target, statesFields.At(state.Name) + "/" + field);
                }
            }
        }

        return new StateBlock(startAt, states);
    }

    /// <summary>The language of a state: its own QueryLanguage or the machine's.</summary>
    public string LanguageOf(JsonFields state)
    {
        var own = state.String("QueryLanguage");
        if (own is null)
        {
            return _topLanguage;
        }

        CheckLanguage(own, state.At("QueryLanguage"));
        if (_topLanguage == "JSONata" && own == "JSONPath")
        {
            throw JsonFields.Error("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", state.Location);
        }

        return own;
    }

    private static void CheckLanguage(string language, string location)
    {
        if (language != "JSONPath" && language != "JSONata")
        {
            throw JsonFields.Error("Instance value (\"" + language + "\") not found in enum (possible values: [\"JSONPath\",\"JSONata\"])", location);
        }
    }

    private static IEnumerable<(string Target, string Field)> Targets(State state)
    {
        if (state.Next is not null)
        {
            yield return (state.Next, "Next");
        }

        switch (state)
        {
            case ChoiceState choice:
                if (choice.Default is not null)
                {
                    yield return (choice.Default, "Default");
                }

                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    yield return (choice.Choices[i].Next, "Choices/" + i + "/Next");
                }

                break;
            case TaskState task:
                foreach (var target in CatchTargets(task.Catchers))
                {
                    yield return target;
                }

                break;
            case ParallelState parallel:
                foreach (var target in CatchTargets(parallel.Catchers))
                {
                    yield return target;
                }

                break;
            case MapState map:
                foreach (var target in CatchTargets(map.Catchers))
                {
                    yield return target;
                }

                break;
        }
    }

    private static IEnumerable<(string, string)> CatchTargets(IReadOnlyList<Catcher> catchers)
    {
        for (var i = 0; i < catchers.Count; i++)
        {
            yield return (catchers[i].Next, "Catch/" + i + "/Next");
        }
    }
}
