// Mirrors the rule catalogue (AslValidator.Descriptors and CodeFirstRules.All): CatalogueTests fails when an id,
// title, severity or category differs. Constant ids keep RS1017/RS2008 meaningful.
using Microsoft.CodeAnalysis;

namespace StepFlow.Analyzers;

internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SF1001 = new("SF1001", "State machine class is not partial", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1001.md");

    public static readonly DiagnosticDescriptor SF1002 = new("SF1002", "Task method signature StepFlow cannot map", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1002.md");

    public static readonly DiagnosticDescriptor SF1003 = new("SF1003", "Task input or output type cannot be serialized", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1003.md");

    public static readonly DiagnosticDescriptor SF1004 = new("SF1004", "nameof points at a member that is not a state", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1004.md");

    public static readonly DiagnosticDescriptor SF1005 = new("SF1005", "Branch or item processor type not marked", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1005.md");

    public static readonly DiagnosticDescriptor SF1006 = new("SF1006", "Attribute argument is not valid JSON", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1006.md");

    public static readonly DiagnosticDescriptor SF1007 = new("SF1007", "Attribute argument has an unusable value", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1007.md");

    public static readonly DiagnosticDescriptor SF1008 = new("SF1008", "More than one StartAt state", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1008.md");

    public static readonly DiagnosticDescriptor SF1009 = new("SF1009", "Member with several state attributes", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1009.md");

    public static readonly DiagnosticDescriptor SF1010 = new("SF1010", "Branch or item processor contains itself", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1010.md");

    public static readonly DiagnosticDescriptor SF1011 = new("SF1011", "Workflow class declares no states", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1011.md");

    public static readonly DiagnosticDescriptor SF1012 = new("SF1012", "Parallel or Map state without its nested class", "{0}", "StepFlow.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF1012.md");

    public static readonly DiagnosticDescriptor SF2001 = new("SF2001", "Transition to an unknown state", "{0}", "StepFlow.Transitions", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF2001.md");

    public static readonly DiagnosticDescriptor SF2002 = new("SF2002", "Transition into or out of a Parallel branch or Map processor", "{0}", "StepFlow.Transitions", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF2002.md");

    public static readonly DiagnosticDescriptor SF2003 = new("SF2003", "StartAt missing", "{0}", "StepFlow.Transitions", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF2003.md");

    public static readonly DiagnosticDescriptor SF2004 = new("SF2004", "StartAt names an unknown state", "{0}", "StepFlow.Transitions", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF2004.md");

    public static readonly DiagnosticDescriptor SF2005 = new("SF2005", "State is unreachable", "{0}", "StepFlow.Graph", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF2005.md");

    public static readonly DiagnosticDescriptor SF2006 = new("SF2006", "Scope has no terminal state", "{0}", "StepFlow.Graph", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF2006.md");

    public static readonly DiagnosticDescriptor SF2007 = new("SF2007", "Loop with no exit", "{0}", "StepFlow.Graph", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF2007.md");

    public static readonly DiagnosticDescriptor SF2008 = new("SF2008", "Duplicate state name", "{0}", "StepFlow.Graph", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF2008.md");

    public static readonly DiagnosticDescriptor SF3001 = new("SF3001", "State has neither Next nor End", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3001.md");

    public static readonly DiagnosticDescriptor SF3002 = new("SF3002", "State has both Next and End", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3002.md");

    public static readonly DiagnosticDescriptor SF3003 = new("SF3003", "Next or End on a state that cannot have it", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3003.md");

    public static readonly DiagnosticDescriptor SF3004 = new("SF3004", "State has no valid Type", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3004.md");

    public static readonly DiagnosticDescriptor SF3005 = new("SF3005", "Field not supported on this state type", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3005.md");

    public static readonly DiagnosticDescriptor SF3006 = new("SF3006", "JSONPath field in a JSONata state", "{0}", "StepFlow.QueryLanguage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3006.md");

    public static readonly DiagnosticDescriptor SF3007 = new("SF3007", "JSONata field in a JSONPath state", "{0}", "StepFlow.QueryLanguage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3007.md");

    public static readonly DiagnosticDescriptor SF3008 = new("SF3008", "State name empty or too long", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3008.md");

    public static readonly DiagnosticDescriptor SF3009 = new("SF3009", "Mutually exclusive fields", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3009.md");

    public static readonly DiagnosticDescriptor SF3010 = new("SF3010", "Wait needs exactly one duration", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3010.md");

    public static readonly DiagnosticDescriptor SF3011 = new("SF3011", "Numeric field out of range", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3011.md");

    public static readonly DiagnosticDescriptor SF3012 = new("SF3012", "HeartbeatSeconds not below TimeoutSeconds", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3012.md");

    public static readonly DiagnosticDescriptor SF3013 = new("SF3013", "Task without a valid Resource", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3013.md");

    public static readonly DiagnosticDescriptor SF3014 = new("SF3014", "Choice without rules", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3014.md");

    public static readonly DiagnosticDescriptor SF3015 = new("SF3015", "Choice without Default", "{0}", "StepFlow.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3015.md");

    public static readonly DiagnosticDescriptor SF3016 = new("SF3016", "Malformed Choice rule", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3016.md");

    public static readonly DiagnosticDescriptor SF3017 = new("SF3017", "Choice operand of the wrong type", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3017.md");

    public static readonly DiagnosticDescriptor SF3018 = new("SF3018", "Parallel or Map without its nested states", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3018.md");

    public static readonly DiagnosticDescriptor SF3019 = new("SF3019", "Invalid QueryLanguage", "{0}", "StepFlow.QueryLanguage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3019.md");

    public static readonly DiagnosticDescriptor SF3020 = new("SF3020", "Invalid top-level field", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3020.md");

    public static readonly DiagnosticDescriptor SF3021 = new("SF3021", "Unknown States Language version", "{0}", "StepFlow.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3021.md");

    public static readonly DiagnosticDescriptor SF3022 = new("SF3022", "Wait Timestamp is not RFC 3339", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3022.md");

    public static readonly DiagnosticDescriptor SF3023 = new("SF3023", "\"End\": false next to Next", "{0}", "StepFlow.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3023.md");

    public static readonly DiagnosticDescriptor SF3024 = new("SF3024", "Field has the wrong JSON type", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3024.md");

    public static readonly DiagnosticDescriptor SF3025 = new("SF3025", "Callback task never passes its task token", "{0}", "StepFlow.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3025.md");

    public static readonly DiagnosticDescriptor SF3026 = new("SF3026", "Duplicate JSON key", "{0}", "StepFlow.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3026.md");

    public static readonly DiagnosticDescriptor SF3027 = new("SF3027", "Choice rule that is never chosen", "{0}", "StepFlow.Structure", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF3027.md");

    public static readonly DiagnosticDescriptor SF4001 = new("SF4001", "ErrorEquals missing or empty", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4001.md");

    public static readonly DiagnosticDescriptor SF4002 = new("SF4002", "States.ALL not alone and last", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4002.md");

    public static readonly DiagnosticDescriptor SF4003 = new("SF4003", "Unknown predefined error name", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4003.md");

    public static readonly DiagnosticDescriptor SF4004 = new("SF4004", "States.Runtime is never retried or caught", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4004.md");

    public static readonly DiagnosticDescriptor SF4005 = new("SF4005", "Retrier field out of range", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4005.md");

    public static readonly DiagnosticDescriptor SF4006 = new("SF4006", "MaxDelaySeconds below IntervalSeconds", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4006.md");

    public static readonly DiagnosticDescriptor SF4007 = new("SF4007", "Catcher without Next", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4007.md");

    public static readonly DiagnosticDescriptor SF4008 = new("SF4008", "Unknown field in a retrier or catcher", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4008.md");

    public static readonly DiagnosticDescriptor SF4009 = new("SF4009", "Retrier or catcher shadowed by an earlier one", "{0}", "StepFlow.ErrorHandling", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF4009.md");

    public static readonly DiagnosticDescriptor SF5001 = new("SF5001", "Invalid JSONPath", "{0}", "StepFlow.Paths", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5001.md");

    public static readonly DiagnosticDescriptor SF5002 = new("SF5002", "Invalid reference path", "{0}", "StepFlow.Paths", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5002.md");

    public static readonly DiagnosticDescriptor SF5003 = new("SF5003", "\".$\" value is not a path or intrinsic function", "{0}", "StepFlow.Paths", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5003.md");

    public static readonly DiagnosticDescriptor SF5004 = new("SF5004", "Unknown intrinsic function", "{0}", "StepFlow.Intrinsics", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5004.md");

    public static readonly DiagnosticDescriptor SF5005 = new("SF5005", "Invalid intrinsic function call", "{0}", "StepFlow.Intrinsics", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5005.md");

    public static readonly DiagnosticDescriptor SF5006 = new("SF5006", "Duplicate key once \".$\" is stripped", "{0}", "StepFlow.Paths", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5006.md");

    public static readonly DiagnosticDescriptor SF5007 = new("SF5007", "Malformed JSONata expression", "{0}", "StepFlow.Jsonata", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5007.md");

    public static readonly DiagnosticDescriptor SF5008 = new("SF5008", "String looks like JSONata but is a literal", "{0}", "StepFlow.Jsonata", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5008.md");

    public static readonly DiagnosticDescriptor SF5009 = new("SF5009", "\".$\" key in a JSONata state", "{0}", "StepFlow.Jsonata", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5009.md");

    public static readonly DiagnosticDescriptor SF5010 = new("SF5010", "Intrinsic function in a JSONata expression", "{0}", "StepFlow.Jsonata", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5010.md");

    public static readonly DiagnosticDescriptor SF5011 = new("SF5011", "Fail ErrorPath or CausePath is not a string", "{0}", "StepFlow.Paths", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5011.md");

    public static readonly DiagnosticDescriptor SF5012 = new("SF5012", "$states field not available here", "{0}", "StepFlow.Jsonata", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5012.md");

    public static readonly DiagnosticDescriptor SF5013 = new("SF5013", "Unknown JSONata function", "{0}", "StepFlow.Jsonata", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5013.md");

    public static readonly DiagnosticDescriptor SF5014 = new("SF5014", "JSONata reads an input document that does not exist", "{0}", "StepFlow.Jsonata", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5014.md");

    public static readonly DiagnosticDescriptor SF5020 = new("SF5020", "Path or intrinsic under a key without \".$\"", "{0}", "StepFlow.Paths", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5020.md");

    public static readonly DiagnosticDescriptor SF5021 = new("SF5021", "Path in a field that takes a literal", "{0}", "StepFlow.Paths", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5021.md");

    public static readonly DiagnosticDescriptor SF5022 = new("SF5022", "Pass Result is never evaluated", "{0}", "StepFlow.Paths", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5022.md");

    public static readonly DiagnosticDescriptor SF5023 = new("SF5023", "Unquoted word in a JSONPath filter", "{0}", "StepFlow.Paths", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF5023.md");

    public static readonly DiagnosticDescriptor SF6001 = new("SF6001", "Invalid variable name", "{0}", "StepFlow.Variables", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF6001.md");

    public static readonly DiagnosticDescriptor SF6002 = new("SF6002", "Assignment to the reserved variable states", "{0}", "StepFlow.Variables", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF6002.md");

    public static readonly DiagnosticDescriptor SF6003 = new("SF6003", "Variable read but never assigned", "{0}", "StepFlow.Variables", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF6003.md");

    public static readonly DiagnosticDescriptor SF6004 = new("SF6004", "Inner scope reassigns an outer variable", "{0}", "StepFlow.Variables", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF6004.md");

    public static readonly DiagnosticDescriptor SF6005 = new("SF6005", "Variable of another branch or scope", "{0}", "StepFlow.Variables", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF6005.md");

    public static readonly DiagnosticDescriptor SF6006 = new("SF6006", "Assign is not an object", "{0}", "StepFlow.Variables", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF6006.md");

    public static readonly DiagnosticDescriptor SF6007 = new("SF6007", "JSONata reads a variable no visible state assigns", "{0}", "StepFlow.Variables", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF6007.md");

    public static readonly DiagnosticDescriptor SF7001 = new("SF7001", "Distributed-only field on an inline Map", "{0}", "StepFlow.Map", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF7001.md");

    public static readonly DiagnosticDescriptor SF7002 = new("SF7002", "Invalid ProcessorConfig", "{0}", "StepFlow.Map", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF7002.md");

    public static readonly DiagnosticDescriptor SF7003 = new("SF7003", "Express workflow uses a waiting integration", "{0}", "StepFlow.Service", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF7003.md");

    public static readonly DiagnosticDescriptor SF7004 = new("SF7004", "Static payload over 256 KiB", "{0}", "StepFlow.Service", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF7004.md");

    public static readonly DiagnosticDescriptor SF7005 = new("SF7005", "Map Label too long", "{0}", "StepFlow.Map", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF7005.md");

    public static readonly DiagnosticDescriptor SF7006 = new("SF7006", "Invalid ItemReader, ItemBatcher or ResultWriter", "{0}", "StepFlow.Map", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF7006.md");

    public static readonly DiagnosticDescriptor SF7007 = new("SF7007", "Map Label with a character AWS rejects", "{0}", "StepFlow.Map", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF7007.md");

    public static readonly DiagnosticDescriptor SF8001 = new("SF8001", "State output cannot feed the next state's input", "{0}", "StepFlow.TypeFlow", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "SF8001.md");

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> All = System.Collections.Immutable.ImmutableArray.Create(
        SF1001,
        SF1002,
        SF1003,
        SF1004,
        SF1005,
        SF1006,
        SF1007,
        SF1008,
        SF1009,
        SF1010,
        SF1011,
        SF1012,
        SF2001,
        SF2002,
        SF2003,
        SF2004,
        SF2005,
        SF2006,
        SF2007,
        SF2008,
        SF3001,
        SF3002,
        SF3003,
        SF3004,
        SF3005,
        SF3006,
        SF3007,
        SF3008,
        SF3009,
        SF3010,
        SF3011,
        SF3012,
        SF3013,
        SF3014,
        SF3015,
        SF3016,
        SF3017,
        SF3018,
        SF3019,
        SF3020,
        SF3021,
        SF3022,
        SF3023,
        SF3024,
        SF3025,
        SF3026,
        SF3027,
        SF4001,
        SF4002,
        SF4003,
        SF4004,
        SF4005,
        SF4006,
        SF4007,
        SF4008,
        SF4009,
        SF5001,
        SF5002,
        SF5003,
        SF5004,
        SF5005,
        SF5006,
        SF5007,
        SF5008,
        SF5009,
        SF5010,
        SF5011,
        SF5012,
        SF5013,
        SF5014,
        SF5020,
        SF5021,
        SF5022,
        SF5023,
        SF6001,
        SF6002,
        SF6003,
        SF6004,
        SF6005,
        SF6006,
        SF6007,
        SF7001,
        SF7002,
        SF7003,
        SF7004,
        SF7005,
        SF7006,
        SF7007,
        SF8001);
}
