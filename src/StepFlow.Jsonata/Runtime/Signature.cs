using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// A parsed JSONata function signature such as <c>&lt;s-nn?:s&gt;</c>. Arguments are validated the way jsonata-js
/// does it: each argument becomes a type letter and the letters are matched against a pattern built from the
/// signature; <c>-</c> substitutes the context value for a missing first argument and arrays accept a single value.
/// </summary>
internal sealed class Signature
{
    private sealed class Parameter
    {
        public string Pattern = string.Empty;
        public char Type;
        public string? SubType;
        public bool Context;
        public Regex? ContextPattern;
    }

    private readonly List<Parameter> _parameters;
    private readonly Regex _regex;

    private Signature(string definition, List<Parameter> parameters)
    {
        Definition = definition;
        _parameters = parameters;
        var sb = new StringBuilder("^");
        foreach (Parameter p in parameters) sb.Append('(').Append(p.Pattern).Append(')');
        sb.Append('$');
        _regex = new Regex(sb.ToString(), RegexOptions.CultureInvariant);
    }

    public string Definition { get; }

    public int ParameterCount => _parameters.Count;

    public static Signature Parse(string signature)
    {
        var parameters = new List<Parameter>();
        var param = new Parameter();
        Parameter previous = param;
        int position = 1;
        while (position < signature.Length)
        {
            char symbol = signature[position];
            if (symbol == ':') break;
            switch (symbol)
            {
                case 's': case 'n': case 'b': case 'l': case 'o':
                    param.Pattern = "[" + symbol + "m]";
                    param.Type = symbol;
                    Next();
                    break;
                case 'a':
                    param.Pattern = "[asnblfom]";
                    param.Type = symbol;
                    Next();
                    break;
                case 'f':
                    param.Pattern = "f";
                    param.Type = symbol;
                    Next();
                    break;
                case 'j':
                    param.Pattern = "[asnblom]";
                    param.Type = symbol;
                    Next();
                    break;
                case 'x':
                    param.Pattern = "[asnblfom]";
                    param.Type = symbol;
                    Next();
                    break;
                case '-':
                    previous.Context = true;
                    previous.ContextPattern = new Regex(previous.Pattern, RegexOptions.CultureInvariant);
                    previous.Pattern += "?";
                    break;
                case '?':
                case '+':
                    previous.Pattern += symbol;
                    break;
                case '(':
                {
                    int end = FindClosing(signature, position, '(', ')');
                    string choice = signature.Substring(position + 1, end - position - 1);
                    if (choice.Contains('<')) throw JsonataErrors.Create("S0402", position);
                    param.Pattern = "[" + choice + "m]";
                    param.Type = '(';
                    position = end;
                    Next();
                    break;
                }
                case '<':
                {
                    if (previous.Type != 'a' && previous.Type != 'f') throw JsonataErrors.Create("S0401", position);
                    int end = FindClosing(signature, position, '<', '>');
                    previous.SubType = signature.Substring(position + 1, end - position - 1);
                    position = end;
                    break;
                }
            }
            position++;
        }
        return new Signature(signature, parameters);

        void Next()
        {
            parameters.Add(param);
            previous = param;
            param = new Parameter();
        }
    }

    private static int FindClosing(string text, int start, char open, char close)
    {
        int depth = 1;
        int position = start;
        while (position < text.Length)
        {
            position++;
            char c = text[position];
            if (c == close)
            {
                depth--;
                if (depth == 0) break;
            }
            else if (c == open)
            {
                depth++;
            }
        }
        return position;
    }

    public static char Symbol(object? value) => value switch
    {
        null => 'm',
        double => 'n',
        string => 's',
        JObject => 'o',
        JList => 'a',
        bool => 'b',
        JNull => 'l',
        FunctionValue => 'f',
        _ => 'm',
    };

    public object?[] Validate(object?[] args, object? context, string? functionName)
    {
        string[] groups = MatchGroups(args, functionName);

        var validated = new List<object?>(_parameters.Count);
        int argIndex = 0;
        for (int index = 0; index < _parameters.Count; index++)
        {
            Parameter param = _parameters[index];
            object? arg = argIndex < args.Length ? args[argIndex] : null;
            string match = groups[index];
            if (match.Length == 0)
            {
                if (param.Context && param.ContextPattern is not null)
                {
                    char contextType = Symbol(context);
                    if (param.ContextPattern.IsMatch(contextType.ToString()))
                    {
                        validated.Add(context);
                    }
                    else
                    {
                        throw JsonataErrors.Create("T0411", token: functionName, value: JsonataErrors.Describe(context), index: argIndex + 1);
                    }
                }
                else
                {
                    validated.Add(arg);
                    argIndex++;
                }
                continue;
            }
            foreach (char single in match)
            {
                arg = argIndex < args.Length ? args[argIndex] : null;
                if (param.Type == 'a')
                {
                    if (single == 'm')
                    {
                        arg = null;
                    }
                    else
                    {
                        bool arrayOk = true;
                        if (param.SubType is not null)
                        {
                            if (single != 'a' && match != param.SubType)
                            {
                                arrayOk = false;
                            }
                            else if (single == 'a' && arg is JList list && list.Count > 0)
                            {
                                char itemType = Symbol(list[0]);
                                if (itemType != param.SubType[0])
                                {
                                    arrayOk = false;
                                }
                                else
                                {
                                    foreach (object? item in list)
                                    {
                                        if (Symbol(item) != itemType)
                                        {
                                            arrayOk = false;
                                            break;
                                        }
                                    }
                                }
                            }
                        }
                        if (!arrayOk)
                        {
                            throw JsonataErrors.Create("T0412", token: functionName, value: JsonataErrors.Describe(arg), index: argIndex + 1,
                                type: ArrayTypeName(param.SubType));
                        }
                        if (single != 'a') arg = new JList { arg };
                    }
                }
                validated.Add(arg);
                argIndex++;
            }
        }
        return validated.ToArray();
    }

    /// <summary>
    /// Matches the argument type letters against the signature pattern and returns what each parameter matched.
    /// The answer depends only on the letters, so it is cached per combination (packed 4 bits a letter).
    /// </summary>
    private string[] MatchGroups(object?[] args, string? functionName)
    {
        const string Letters = "asnblfom";
        ulong key = (ulong)args.Length;
        bool cacheable = args.Length <= 14;
        Span<char> buffer = args.Length <= 16 ? stackalloc char[args.Length] : new char[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            buffer[i] = Symbol(args[i]);
            if (cacheable) key |= (ulong)(Letters.IndexOf(buffer[i]) + 1) << (4 * (i + 1));
        }
        if (cacheable && _cache.TryGetValue(key, out string[]? cached)) return cached;
        string supplied = new string(buffer);
        Match isValid = _regex.Match(supplied);
        if (!isValid.Success) ThrowValidationError(args, supplied, functionName);
        var groups = new string[_parameters.Count];
        for (int i = 0; i < groups.Length; i++) groups[i] = isValid.Groups[i + 1].Value;
        if (cacheable) _cache.TryAdd(key, groups);
        return groups;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, string[]> _cache = new();

    private static string ArrayTypeName(string? subType) => subType switch
    {
        "a" => "arrays",
        "b" => "booleans",
        "f" => "functions",
        "n" => "numbers",
        "o" => "objects",
        "s" => "strings",
        _ => subType ?? string.Empty,
    };

    private void ThrowValidationError(object?[] args, string supplied, string? functionName)
    {
        var partial = new StringBuilder("^");
        int goodTo = 0;
        foreach (Parameter param in _parameters)
        {
            partial.Append(param.Pattern);
            Match match = Regex.Match(supplied, partial.ToString());
            if (!match.Success)
            {
                throw JsonataErrors.Create("T0410", token: functionName,
                    value: goodTo < args.Length ? JsonataErrors.Describe(args[goodTo]) : null, index: goodTo + 1);
            }
            goodTo = match.Length;
        }
        throw JsonataErrors.Create("T0410", token: functionName,
            value: goodTo < args.Length ? JsonataErrors.Describe(args[goodTo]) : null, index: goodTo + 1);
    }
}
