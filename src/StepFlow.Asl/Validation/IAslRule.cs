using System.Collections.Generic;

namespace StepFlow.Asl.Validation;

/// <summary>One check over a definition. Rules never throw: malformed parts are someone else's finding.</summary>
public interface IAslRule
{
    IEnumerable<AslRuleDescriptor> Descriptors { get; }

    void Check(AslValidationContext context);
}
