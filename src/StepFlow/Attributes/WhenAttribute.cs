using System;

namespace StepFlow;

/// <summary>
/// One rule of a <see cref="ChoiceAttribute"/> state, tried in declaration order. JSONPath:
/// <c>[When("$.status", StringEquals = "ok", Next = nameof(Ship))]</c>. JSONata:
/// <c>[When(Condition = "{% $states.input.total > 100 %}", Next = nameof(Review))]</c>. Compound And/Or/Not rules:
/// <see cref="Rule"/> holds the rule's JSON without its Next.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class WhenAttribute : Attribute
{
    public WhenAttribute()
    {
    }

    /// <param name="variable">The JSONPath <c>Variable</c> the comparison reads.</param>
    public WhenAttribute(string variable) => Variable = variable;

    public string? Variable { get; }

    /// <summary>The state to go to when the rule matches.</summary>
    public string? Next { get; set; }

    /// <summary>JSONata condition (<c>{% %}</c>).</summary>
    public string? Condition { get; set; }

    /// <summary>A whole rule as JSON text (e.g. <c>{"And": [...]}</c>), for compound rules; Next is added.</summary>
    public string? Rule { get; set; }

    /// <summary>The rule's <c>Comment</c>.</summary>
    public string? Comment { get; set; }

    /// <summary>Variables assigned when this rule matches (JSON object text).</summary>
    public string? Assign { get; set; }

    /// <summary>JSONata output when this rule matches.</summary>
    public string? Output { get; set; }

    public string? StringEquals { get; set; }
    public string? StringEqualsPath { get; set; }
    public string? StringLessThan { get; set; }
    public string? StringLessThanPath { get; set; }
    public string? StringGreaterThan { get; set; }
    public string? StringGreaterThanPath { get; set; }
    public string? StringLessThanEquals { get; set; }
    public string? StringLessThanEqualsPath { get; set; }
    public string? StringGreaterThanEquals { get; set; }
    public string? StringGreaterThanEqualsPath { get; set; }
    public string? StringMatches { get; set; }
    public double NumericEquals { get; set; }
    public string? NumericEqualsPath { get; set; }
    public double NumericLessThan { get; set; }
    public string? NumericLessThanPath { get; set; }
    public double NumericGreaterThan { get; set; }
    public string? NumericGreaterThanPath { get; set; }
    public double NumericLessThanEquals { get; set; }
    public string? NumericLessThanEqualsPath { get; set; }
    public double NumericGreaterThanEquals { get; set; }
    public string? NumericGreaterThanEqualsPath { get; set; }
    public bool BooleanEquals { get; set; }
    public string? BooleanEqualsPath { get; set; }
    public string? TimestampEquals { get; set; }
    public string? TimestampEqualsPath { get; set; }
    public string? TimestampLessThan { get; set; }
    public string? TimestampLessThanPath { get; set; }
    public string? TimestampGreaterThan { get; set; }
    public string? TimestampGreaterThanPath { get; set; }
    public string? TimestampLessThanEquals { get; set; }
    public string? TimestampLessThanEqualsPath { get; set; }
    public string? TimestampGreaterThanEquals { get; set; }
    public string? TimestampGreaterThanEqualsPath { get; set; }
    public bool IsNull { get; set; }
    public bool IsPresent { get; set; }
    public bool IsNumeric { get; set; }
    public bool IsString { get; set; }
    public bool IsBoolean { get; set; }
    public bool IsTimestamp { get; set; }
}
