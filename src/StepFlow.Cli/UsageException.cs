using System;

namespace StepFlow.Cli;

/// <summary>Bad command-line arguments or input files; the message says what and where. Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
