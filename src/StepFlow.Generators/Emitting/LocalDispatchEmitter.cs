using System.Collections.Generic;
using System.Linq;
using StepFlow.Asl.Model;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Emitting;

/// <summary>
/// Writes <c>CreateLocalDefinition</c> into the workflow's partial class: a dictionary from state name to a lambda
/// that deserializes the task input, calls the C# method directly, and hands its result to <c>TaskMethodResults</c>.
/// Being inside the class, it reaches private task methods too; being plain code, it needs no reflection.
/// </summary>
internal static class LocalDispatchEmitter
{
    private const string ClientNamespace = "global::StepFlow.Client.";

    public static void Write(SourceWriter writer, WorkflowSpec spec, string generatedCode)
    {
        var topLevel = StateGraph.Of(spec.Definition).Root;
        var methods = spec.TaskMethods.Where(m => topLevel.Find(m.StateName) is not null).ToList();
        var needsInstance = methods.Any(m => !m.IsStatic);
        var serializers = new Dictionary<TypeRef, string>();
        foreach (var method in methods)
        {
            foreach (var type in new[] { method.Input, method.Output })
            {
                if (type is not null && !serializers.ContainsKey(type))
                {
                    serializers[type] = "payload" + serializers.Count;
                }
            }
        }

        writer.Line("/// <summary>");
        writer.Line("/// This workflow for the local engine: its ASL, and its C# task methods called directly" + (needsInstance ? " on <paramref name=\"workflow\"/>" : string.Empty) + ".");
        writer.Line("/// Task states without a C# body run through the handlers registered on the local transport.");
        writer.Line("/// </summary>");
        writer.Line(generatedCode);
        PayloadSerializerExpressions.WriteReflectionAnnotations(writer, spec);
        writer.Open("public static " + ClientNamespace + "WorkflowDefinition CreateLocalDefinition(" + (needsInstance ? spec.ClassName + " workflow" : string.Empty) + ")");
        if (needsInstance)
        {
            writer.Line("if (workflow is null) throw new global::System.ArgumentNullException(nameof(workflow));");
        }

        foreach (var pair in serializers)
        {
            writer.Line("var " + pair.Value + " = " + PayloadSerializerExpressions.For(pair.Key, spec) + ";");
        }

        writer.Line("var methods = new global::System.Collections.Generic.Dictionary<string, " + ClientNamespace + "TaskMethodInvoker>(global::System.StringComparer.Ordinal);");
        foreach (var method in methods)
        {
            WriteInvoker(writer, method, serializers);
        }

        writer.Line("return new " + ClientNamespace + "WorkflowDefinition(StateMachineName, AslDefinition, " + (spec.IsExpress ? "true" : "false") + ", methods);");
        writer.Close();
    }

    private static void WriteInvoker(SourceWriter writer, TaskMethodSpec method, Dictionary<TypeRef, string> serializers)
    {
        // The optimized lambda:invoke integration wraps the event in Payload and the result likewise.
        var enveloped = method.Resource == KnownNames.LambdaInvokeResource;
        var input = enveloped ? ClientNamespace + "LambdaInvokeEnvelope.Unwrap(input)" : "input";
        var arguments = new List<string>();
        foreach (var parameter in method.ParameterOrder)
        {
            arguments.Add(parameter switch
            {
                "input" => serializers[method.Input!] + ".FromNode(" + input + ")",
                "context" => "default!",
                _ => "cancellationToken",
            });
        }

        var call = (method.IsStatic ? method.MethodName : "workflow." + method.MethodName) + "(" + string.Join(", ", arguments) + ")";
        var envelopedArgument = enveloped ? "true" : "false";
        var target = "methods[" + SourceWriter.Quote(method.StateName) + "] = (input, cancellationToken) => ";
        var results = ClientNamespace + "TaskMethodResults.";

        // A plain lambda, not an async one: TaskMethodResults awaits, so no state machine is generated per method.
        if (method.Output is null && !method.IsAsync)
        {
            writer.Open(target.TrimEnd());
            writer.Line(call + ";");
            writer.Line("return " + results + "Completed(" + envelopedArgument + ");");
            writer.Close(";");
            return;
        }

        var adapter = method.IsAsync ? (method.IsValueTask ? "FromValueTask" : "FromTask") : "FromValue";
        var output = method.Output is null ? string.Empty : ", " + serializers[method.Output];
        writer.Line(target + results + adapter + "(" + call + output + ", " + envelopedArgument + ");");
    }
}
