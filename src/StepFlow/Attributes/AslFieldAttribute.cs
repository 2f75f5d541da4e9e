using System;

namespace StepFlow;

/// <summary>
/// The escape hatch: sets any ASL field to raw JSON, on a state member or on a machine, branch or item processor
/// class. It is written after the typed fields and replaces one of the same name. Prefer typed properties: this
/// exists for fields StepFlow does not model yet.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class AslFieldAttribute : Attribute
{
    /// <param name="name">The ASL field name, e.g. "ToleratedFailurePercentagePath".</param>
    /// <param name="json">Its value as JSON text, e.g. "\"$.tolerance\"" or "{\"a\": 1}".</param>
    public AslFieldAttribute(string name, string json)
    {
        Name = name;
        Json = json;
    }

    public string Name { get; }

    public string Json { get; }
}
