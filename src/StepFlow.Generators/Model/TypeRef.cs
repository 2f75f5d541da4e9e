namespace StepFlow.Generators.Model;

/// <summary>A C# type by its fully qualified name (<c>global::Ns.Type</c>), equal by name, never a symbol.</summary>
internal sealed record TypeRef(string FullyQualifiedName, bool IsValueType);
