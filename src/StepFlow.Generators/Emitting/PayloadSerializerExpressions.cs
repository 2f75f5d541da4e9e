using StepFlow.Generators.Model;

namespace StepFlow.Generators.Emitting;

/// <summary>
/// The C# expression creating the PayloadSerializer of a type: source-generated metadata from the workflow's
/// JsonSerializerContext when it names one, reflection otherwise; raw JSON needs neither.
/// </summary>
internal static class PayloadSerializerExpressions
{
    private const string ClientNamespace = "global::StepFlow.Client.";

    /// <summary>The warning generated members carry when they serialize with reflection.</summary>
    public const string ReflectionWarning = "Serializes workflow payloads with reflection. Set [StateMachine(SerializerContext = typeof(YourJsonSerializerContext))] for trimming and Native AOT.";

    public static string For(TypeRef type, WorkflowSpec spec)
    {
        if (type == ClientTypeInference.RawJson)
        {
            return ClientNamespace + "JsonElementPayloadSerializer.Instance";
        }

        return spec.SerializerContext is { } context
            ? ClientNamespace + "TypeInfoPayloadSerializer<" + type.FullyQualifiedName + ">.FromContext(" + context.FullyQualifiedName + ".Default)"
            : "new " + ClientNamespace + "ReflectionPayloadSerializer<" + type.FullyQualifiedName + ">()";
    }

    /// <summary>Members that create reflection serializers say so, so trimming and AOT builds warn where they are called.</summary>
    public static void WriteReflectionAnnotations(SourceWriter writer, WorkflowSpec spec)
    {
        if (spec.SerializerContext is not null)
        {
            return;
        }

        writer.Line("#if NET5_0_OR_GREATER");
        writer.Line("[global::System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(" + SourceWriter.Quote(ReflectionWarning) + ")]");
        writer.Line("#endif");
        writer.Line("#if NET7_0_OR_GREATER");
        writer.Line("[global::System.Diagnostics.CodeAnalysis.RequiresDynamicCode(" + SourceWriter.Quote(ReflectionWarning) + ")]");
        writer.Line("#endif");
    }
}
