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
  // a level gained: the notice is in the page already; written again once loaded, so that
  // screen readers announce the status region
  const levelUp = document.querySelector('.level-up[data-announce]');
  if (levelUp) {
    const notice = levelUp.innerHTML;
    levelUp.innerHTML = '';
    setTimeout(() => { levelUp.innerHTML = notice; }, 150);
  }
});
