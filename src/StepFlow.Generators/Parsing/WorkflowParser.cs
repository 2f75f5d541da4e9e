using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using StepFlow.Asl;
using StepFlow.Asl.Json;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Parsing;

/// <summary>
/// Builds the ASL model of a <c>[StateMachine]</c> class: the definition tree and the C# facts around it (task
/// methods and their types). Shared by the generator and the analyzers, so both see exactly the same model.
/// </summary>
internal sealed class WorkflowParser
{
    private readonly KnownSymbols _known;
    private readonly AttributeValueReader _values;
    private readonly CancellationToken _cancellationToken;
    private readonly List<TaskMethodSpec> _taskMethods = new();
    private readonly HashSet<INamedTypeSymbol> _scopesInProgress = new(SymbolEqualityComparer.Default);

    public WorkflowParser(KnownSymbols known, IParseSink sink, CancellationToken cancellationToken)
    {
        _known = known;
        _values = new AttributeValueReader(sink);
        _cancellationToken = cancellationToken;
    }

    internal KnownSymbols Known => _known;

    internal AttributeValueReader Values => _values;

    internal CancellationToken CancellationToken => _cancellationToken;

    internal TypeRefCache Types { get; } = new();

    /// <summary>The workflow class and every branch or item-processor class parsed into it: what the result was read from.</summary>
    internal List<INamedTypeSymbol> ScopeTypes { get; } = new();

    internal List<TaskMethodSpec> TaskMethods => _taskMethods;

    internal List<CallbackOutputSpec> CallbackOutputs { get; } = new();

    /// <summary>Nested states default to the machine's query language, not their Parallel or Map state's.</summary>
    internal bool MachineIsJsonata { get; private set; }

    /// <summary>Parses the class; the result is null only when the class is not a usable workflow at all.</summary>
    public WorkflowSpec? Parse(INamedTypeSymbol type, AttributeData machineAttribute)
    {
        var top = new AslObjectBuilder();
        var isExpress = false;
        string? name = null;
        TypeRef? serializerContext = null;
        TypeRef? declaredInput = null;
        TypeRef? declaredOutput = null;
        foreach (var pair in machineAttribute.NamedArguments)
        {
            var value = pair.Value;
            switch (pair.Key)
            {
                case "Name":
                    name = value.Value as string;
                    break;
                case "Comment":
                case "Version":
                    SetIfPresent(top, pair.Key, _values.Text(type, machineAttribute, pair.Key, value));
                    break;
                case "TimeoutSeconds":
                    SetIfPresent(top, pair.Key, _values.Number(type, machineAttribute, pair.Key, value));
                    break;
                case "QueryLanguage":
                    SetIfPresent(top, pair.Key, QueryLanguageValue(type, machineAttribute, value));
                    break;
                case "Type":
                    isExpress = _values.EnumValue(type, machineAttribute, pair.Key, value) == 1;
                    break;
                case "SerializerContext":
                    if (value.Value is INamedTypeSymbol context)
                    {
                        serializerContext = Types.From(context);
                    }

                    break;
                case "Input":
                    declaredInput = value.Value is ITypeSymbol input ? Types.From(input) : null;
                    break;
                case "Output":
                    declaredOutput = value.Value is ITypeSymbol output ? Types.From(output) : null;
                    break;
            }
        }

        ScopeTypes.Add(type);
        MachineIsJsonata = (top.Get("QueryLanguage") as AslString)?.Value == "JSONata";
        var scope = new ScopeParser(this, type);
        scope.ParseInto(top);
        ApplyRawFields(type, top);
        var definition = top.ToCanonicalObject();
        _values.Sink.Declared(definition, type, machineAttribute);

        return new WorkflowSpec(
            Name: string.IsNullOrEmpty(name) ? type.Name : name!,
            Namespace: type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            ContainingTypes: ContainingTypes(type),
            ClassName: type.Name,
            TypeKeyword: type.IsRecord ? "record" : "class",
            IsExpress: isExpress,
            Definition: definition,
            TaskMethods: _taskMethods.ToEquatableArray(),
            SerializerContext: serializerContext)
        {
            IsPublic = IsVisibleOutside(type),
            IsReachableFromAssembly = IsReachableFromAssembly(type),
            DeclaredInput = declaredInput,
            DeclaredOutput = declaredOutput,
            CallbackOutputs = CallbackOutputs.ToEquatableArray(),
        };
    }

    /// <summary>Parses a branch or item-processor class into a nested scope object; null on recursion.</summary>
    internal AslObject? ParseNestedScope(INamedTypeSymbol type, ISymbol owner, AttributeData ownerAttribute, string argument, bool isItemProcessor)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var expected = isItemProcessor ? _known.ItemProcessorAttribute : _known.BranchAttribute;
        AttributeData? scopeAttribute = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (KnownSymbols.Is(attribute, expected))
            {
                scopeAttribute = attribute;
            }
        }

        if (scopeAttribute is null)
        {
            _values.Sink.Problem(
                ParseProblemKind.NotAWorkflowScope,
                "'" + type.Name + "' must be marked [" + (isItemProcessor ? "ItemProcessor" : "Branch") + "] to be used as " + (isItemProcessor ? "a Map item processor" : "a Parallel branch"),
                owner,
                ownerAttribute,
                argument);
            return null;
        }

        if (!_scopesInProgress.Add(type))
        {
            _values.Sink.Problem(ParseProblemKind.RecursiveScope, "'" + type.Name + "' contains itself through its Parallel or Map states", owner, ownerAttribute, argument);
            return null;
        }

        ScopeTypes.Add(type);
        var builder = new AslObjectBuilder();
        var processorConfig = new AslObjectBuilder();
        foreach (var pair in scopeAttribute.NamedArguments)
        {
            switch (pair.Key)
            {
                case "Comment":
                    SetIfPresent(builder, "Comment", _values.Text(type, scopeAttribute, pair.Key, pair.Value));
                    break;
                case "QueryLanguage":
                    SetIfPresent(builder, "QueryLanguage", QueryLanguageValue(type, scopeAttribute, pair.Value));
                    break;
                case "Mode":
                    var mode = _values.EnumValue(type, scopeAttribute, pair.Key, pair.Value);
                    SetIfPresent(processorConfig, "Mode", mode is null ? null : _values.Record(new AslString(mode == 1 ? "DISTRIBUTED" : "INLINE"), scopeAttribute, pair.Key));
                    break;
                case "ExecutionType":
                    var kind = _values.EnumValue(type, scopeAttribute, pair.Key, pair.Value);
                    SetIfPresent(processorConfig, "ExecutionType", kind is null ? null : _values.Record(new AslString(kind == 1 ? "EXPRESS" : "STANDARD"), scopeAttribute, pair.Key));
                    break;
            }
        }

        if (processorConfig.Count > 0)
        {
            builder.Set("ProcessorConfig", processorConfig.ToObject());
        }

        new ScopeParser(this, type).ParseInto(builder);
        ApplyRawFields(type, builder);
        _scopesInProgress.Remove(type);
        var scope = builder.ToCanonicalObject();
        _values.Sink.Declared(scope, type, scopeAttribute);
        return scope;
    }

    /// <summary>Applies <c>[AslField]</c> attributes of a symbol: the escape hatch wins over typed fields.</summary>
    internal void ApplyRawFields(ISymbol symbol, AslObjectBuilder builder)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (_known.KindOf(attribute) != StepFlowAttributeKind.AslField || attribute.ConstructorArguments.Length != 2)
            {
                continue;
            }

            if (attribute.ConstructorArguments[0].Value is not string fieldName || fieldName.Length == 0)
            {
                _values.Sink.Problem(ParseProblemKind.InvalidArgument, "The ASL field name must be a non-empty string", symbol, attribute, "#0");
                continue;
            }

            SetIfPresent(builder, fieldName, _values.Json(symbol, attribute, "#1", attribute.ConstructorArguments[1]));
        }
    }

    internal AslValue? QueryLanguageValue(ISymbol owner, AttributeData attribute, TypedConstant value)
    {
        var language = _values.EnumValue(owner, attribute, "QueryLanguage", value);
        return language is null ? null : _values.Record(new AslString(language == 1 ? "JSONata" : "JSONPath"), attribute, "QueryLanguage");
    }

    internal static void SetIfPresent(AslObjectBuilder builder, string name, AslValue? value)
    {
        if (value is not null)
        {
            builder.Set(name, value);
        }
    }

    private static bool IsReachableFromAssembly(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVisibleOutside(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static EquatableArray<ContainingTypeSpec> ContainingTypes(INamedTypeSymbol type)
    {
        var chain = new List<ContainingTypeSpec>();
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            var keyword = containing.IsRecord
                ? (containing.IsValueType ? "record struct" : "record")
                : containing.TypeKind == TypeKind.Struct ? "struct" : containing.TypeKind == TypeKind.Interface ? "interface" : "class";
            chain.Insert(0, new ContainingTypeSpec(keyword, containing.Name));
        }

        return chain.ToEquatableArray();
    }
}
