// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', () => {
  const question = document.querySelector('.question[data-deadline]');
  const form = document.getElementById('answer-form');
  if (question && form) {
    const deadline = Date.parse(question.dataset.deadline);
    const value = document.getElementById('timer-value');
    if (!Number.isNaN(deadline) && value) {
      const tick = () => {
        const left = Math.max(0, Math.round((deadline - Date.now()) / 1000) - 3);
        value.textContent = left + ' s';
        if (left <= 0) {
          // time is up: the answer as it stands is sent (the server judges it timed out anyway)
          document.getElementById('timed-out').value = 'true';
          clearInterval(timer);
          // the form's own submit: its "submit" button hides form.submit (form.submit is that button)
          HTMLFormElement.prototype.submit.call(form);
        }
      };
      const timer = setInterval(tick, 1000);
      tick();
    }
    const focused = document.getElementById('focused-out');
    if (focused && focused.dataset.focused === 'true') {
      window.addEventListener('blur', () => { focused.value = 'true'; });
      document.addEventListener('visibilitychange', () => { if (document.hidden) focused.value = 'true'; });
    }
  }
});

// htmx swaps in place (a tutorial's toggles, the profile's welcome): a swapped button with
// an id keeps the focus (htmx does it); when the focused element is gone, the focus goes to
// the main content rather than to the page's start.
document.addEventListener('htmx:afterSwap', () => {
  if (!document.activeElement || document.activeElement === document.body) {
    const main = document.getElementById('contenu');
    if (main) main.focus();
  }
});
