using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// AWS's NO_DOLLAR warning: in a JSONPath payload template only keys ending ".$" are evaluated, so a plain key whose
/// value reads like a path or an intrinsic call passes that text on literally, almost always by mistake.
/// </summary>
public sealed class NoDollarRule : IAslRule
{
    public static readonly AslRuleDescriptor NoDollar = new(
        "SF5020",
        "Path or intrinsic under a key without \".$\"",
        "'{0}' holds '{1}', which is passed on as literal text because the key does not end with .$: rename the key to '{0}.$' to evaluate it",
        AslSeverity.Warning,
        "StepFlow.Paths");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NoDollar };

    public void Check(AslValidationContext context)
    {
        var trail = new PathTrail();
        foreach (var state in context.AllStates())
        {
            if (!context.IsJsonata(state))
            {
                CheckState(context, state, trail);
            }
        }
    }

    /// <summary>One pass over the state's fields: the templates, and the objects that hold one.</summary>
    private static void CheckState(AslValidationContext context, StateNode state, PathTrail trail)
    {
        for (var i = 0; i < state.Body.Properties.Count; i++)
        {
            var property = state.Body.Properties[i];
            switch (property.Name)
            {
                case "Parameters" or "ResultSelector" or "ItemSelector" or "Assign" or "Credentials":
                    VisitTemplate(context, state, property.Name, null, property.Value, trail);
                    break;

                // Distributed Map objects: only their template is payload, the rest is configuration.
                case "ItemReader" or "ResultWriter" when property.Value is AslObject owner:
                    VisitTemplate(context, state, property.Name, "Parameters", owner["Parameters"], trail);
                    break;
                case "ItemBatcher" when property.Value is AslObject owner:
                    VisitTemplate(context, state, property.Name, "BatchInput", owner["BatchInput"], trail);
                    break;

                // Catchers and Choice rules carry an Assign of their own.
                case "Catch" or "Choices" when property.Value is AslArray owners:
                    for (var j = 0; j < owners.Items.Count; j++)
                    {
                        if (owners.Items[j] is AslObject owner && owner["Assign"] is AslObject assign)
                        {
                            trail.Start(state.Path);
                            trail.Push(property.Name);
                            trail.Push(j);
                            trail.Push("Assign");
                            Visit(context, assign, trail);
                        }
                    }

                    break;
            }
        }
    }

    private static void VisitTemplate(AslValidationContext context, StateNode state, string field, string? inner, AslValue? template, PathTrail trail)
    {
        if (template is not AslObject)
        {
            return;
        }

        trail.Start(state.Path);
        trail.Push(field);
        if (inner is not null)
        {
            trail.Push(inner);
        }

        Visit(context, template, trail);
    }

    private static void Visit(AslValidationContext context, AslValue value, PathTrail trail)
    {
        if (value is AslObject obj)
        {
            for (var i = 0; i < obj.Properties.Count; i++)
            {
                var property = obj.Properties[i];

                // ".$" keys are evaluated; PayloadTemplateRule checks what they hold.
                if (JsonWalk.IsDollarKey(property.Name))
                {
                    continue;
                }

                if (property.Value is AslString text)
                {
                    if (PathLookalike.IsExpression(text.Value))
                    {
                        context.Report(NoDollar, text, trail.With(property.Name), property.Name, text.Value);
                    }
                }
                else
                {
                    trail.Push(property.Name);
                    Visit(context, property.Value, trail);
                    trail.Pop();
                }
            }
        }
        else if (value is AslArray array)
        {
            // Strings directly in an array have no key to rename; objects inside arrays do.
            for (var i = 0; i < array.Items.Count; i++)
            {
                if (array.Items[i] is AslObject or AslArray)
                {
                    trail.Push(i);
                    Visit(context, array.Items[i], trail);
                    trail.Pop();
                }
            }
        }
    }
}
