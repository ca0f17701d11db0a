<#
.SYNOPSIS
  Intune / SCCM (ConfigMgr) detection script for KMS Tray: is it installed, and are this PC's KMS
  activations healthy?

.DESCRIPTION
  -Mode Health (default): for Intune Remediations (detection script) or a ConfigMgr configuration item.
    Runs "kmstray.exe status --json" (read-only, no prompt, ends within its own time limits) and decides
    by the exit code of status, which the README documents:

      status exit  verdict          this script  meaning
      0            OK               exit 0       compliant: every KMS activation has more than warn.days left
      1            EXPIRING         exit 1       a KMS activation has warn.days or fewer left
      2            PROBLEM          exit 1       unlicensed, grace/notification state, or a failed activation
      3            UNREADABLE       exit 1       the state could not be read
      4            NO_KMS_PRODUCT   exit 0       compliant: nothing on this PC depends on the KMS host
      (other)      ERROR            exit 1       kmstray.exe missing, timed out, or answered nonsense

    It writes one line: "<verdict>: <product>, <n> days left, expires <UTC time>" for the product that
    expires first (Intune shows it as the detection output), or "<verdict>: <reason>".
    Remediations: pair it with a remediation script that runs "kmstray.exe renew" only where the campus KMS
    host is reachable without the user, or use the line for reporting only.

  -Mode Installed: for a Win32 app (Intune) or a script detection method (ConfigMgr). Writes
    "KMS Tray <version>" and exits 0 when KMS Tray is installed (at least -MinimumVersion); writes nothing
    and exits 0 otherwise, which both products read as "not detected".

  Either bitness of PowerShell works. Intune Remediations and ConfigMgr run detection scripts in 32-bit
  PowerShell by default, where $env:ProgramFiles is "C:\Program Files (x86)" and the registry shows its
  32-bit view, while the MSI is x64 and installs under the native Program Files. So the install folder is
  taken, in this order, from -InstallDir, from the MSI's Run value "KMS Tray" or its Add/Remove Programs
  entry (both read in the 64-bit registry view), and from $env:ProgramW6432 (the native Program Files,
  set in 32-bit and 64-bit processes alike).

  The table above is mirrored by the project's DetectionScriptTest, which runs the logic against the demo
  mode's status --json output; keep the two in step.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File Detect-KmsTray.ps1
  EXPIRING: Office 19, Office19ProPlus2019VL_KMS_Client_AE edition, 12 days left, expires 2026-12-08T11:17:00Z
#>
[CmdletBinding()]
param(
    [ValidateSet('Health', 'Installed')] [string] $Mode = 'Health',
    [string] $InstallDir = '',
    [version] $MinimumVersion = '1.0.0',
    [int] $TimeoutSeconds = 120
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# status exit code -> verdict and whether the PC is compliant (this script's exit 0).
$Decisions = @{
    0 = @{ Verdict = 'OK'; Compliant = $true }
    1 = @{ Verdict = 'EXPIRING'; Compliant = $false }
    2 = @{ Verdict = 'PROBLEM'; Compliant = $false }
    3 = @{ Verdict = 'UNREADABLE'; Compliant = $false }
    4 = @{ Verdict = 'NO_KMS_PRODUCT'; Compliant = $true }
}

# The MSI's Run value is "<folder>\KMS Tray.exe" --autostart, quotes included.
$RunValuePattern = '^"(?<exe>[^"]+\\KMS Tray\.exe)"'

function Find-InstallDir {
    # The 64-bit view whatever this process's bitness; on a 32-bit Windows it is the only view.
    $hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine,
        [Microsoft.Win32.RegistryView]::Registry64)
    try {
        $run = $hklm.OpenSubKey('SOFTWARE\Microsoft\Windows\CurrentVersion\Run')
        if ($run) {
            $value = [string]$run.GetValue('KMS Tray')
            $run.Close()
            if ($value -match $RunValuePattern) { return (Split-Path -Parent $Matches['exe']) }
        }
        $uninstall = $hklm.OpenSubKey('SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall')
        if ($uninstall) {
            try {
                foreach ($name in $uninstall.GetSubKeyNames()) {
                    $entry = $uninstall.OpenSubKey($name)
                    if (-not $entry) { continue }
                    $displayName = [string]$entry.GetValue('DisplayName')
                    $location = [string]$entry.GetValue('InstallLocation')
                    $entry.Close()
                    if ($displayName -eq 'KMS Tray' -and $location) { return $location.TrimEnd('\') }
                }
            } finally {
                $uninstall.Close()
            }
        }
    } finally {
        $hklm.Close()
    }
    $programFiles = if ($env:ProgramW6432) { $env:ProgramW6432 } else { $env:ProgramFiles }
    return (Join-Path $programFiles 'KMS Tray')
}

if (-not $InstallDir) { $InstallDir = Find-InstallDir }
$cli = Join-Path $InstallDir 'kmstray.exe'
$tray = Join-Path $InstallDir 'KMS Tray.exe'

if ($Mode -eq 'Installed') {
    if (Test-Path $tray) {
        $version = [version]((Get-Item $tray).VersionInfo.ProductVersion -replace '[^0-9.].*$', '')
        if ($version -ge $MinimumVersion) { Write-Output "KMS Tray $version" }
    }
    exit 0
}

if (-not (Test-Path $cli)) {
    Write-Output "ERROR: KMS Tray is not installed ($cli not found)"
    exit 1
}

$outFile = [IO.Path]::GetTempFileName()
try {
    $p = Start-Process -FilePath $cli -ArgumentList 'status', '--json' -NoNewWindow -PassThru -RedirectStandardOutput $outFile
    # Without a handle taken now, Windows PowerShell reports no ExitCode for a process started this way.
    $null = $p.Handle
    if (-not $p.WaitForExit($TimeoutSeconds * 1000)) {
        $p.Kill()
        Write-Output "ERROR: kmstray status did not answer within $TimeoutSeconds s"
        exit 1
    }
    $exitCode = $p.ExitCode
    $text = Get-Content -Raw -Encoding UTF8 $outFile
} finally {
    Remove-Item -ErrorAction SilentlyContinue $outFile
}

if (-not $Decisions.ContainsKey($exitCode)) {
    Write-Output "ERROR: kmstray status exited with $exitCode"
    exit 1
}
$decision = $Decisions[$exitCode]
try {
    $status = $text | ConvertFrom-Json
} catch {
    Write-Output "ERROR: kmstray status --json answered something that is not JSON"
    exit 1
}
if ($status.verdict -ne $decision.Verdict) {
    Write-Output "ERROR: exit code $exitCode but verdict $($status.verdict)"
    exit 1
}

$first = @($status.products | Where-Object { $_.kmsClient -and $null -ne $_.remainingMinutes } |
        Sort-Object remainingMinutes | Select-Object -First 1)
if ($first.Count -gt 0) {
    $p0 = $first[0]
    $line = "$($decision.Verdict): $($p0.name), $($p0.daysLeft) days left"
    if ($p0.expiresAt) { $line += ", expires $($p0.expiresAt)" }
} elseif ($status.PSObject.Properties.Name -contains 'unreadable' -and $status.unreadable) {
    $line = "$($decision.Verdict): $($status.unreadable)"
} else {
    $line = "$($decision.Verdict): no KMS client product with a known expiry"
}
Write-Output $line
if ($decision.Compliant) { exit 0 } else { exit 1 }
